package afero_cross_package

import (
	"net/http"

	"github.com/spf13/afero"

	"aferoapi"
)

func main() {
	api := &aferoapi.API{FS: afero.NewBasePathFs(afero.NewOsFs(), "./uploads")} // want `afero filesystem built here keeps request data on local disk \(./uploads\): handler API.Upload writes files through aferoapi.API.FS \(api.go:28\)`
	http.HandleFunc("/upload", api.Upload)
	// Through the package's constructor.
	scratch := aferoapi.New(afero.NewOsFs()) // want `afero filesystem built here keeps request data on local disk \(OsFs\): handler API.Upload writes files through aferoapi.API.FS`
	http.HandleFunc("/scratch", scratch.Upload)
	// Through a function of the package that wraps it.
	tenant := &aferoapi.API{FS: aferoapi.Scoped(afero.NewOsFs(), "tenant")} // want `afero filesystem built here keeps request data on local disk \(OsFs\): handler API.Upload writes files through aferoapi.API.FS`
	http.HandleFunc("/tenant", tenant.Upload)
	// A read-only view for downloads writes nothing.
	files := &aferoapi.API{FS: afero.NewReadOnlyFs(afero.NewOsFs())}
	http.HandleFunc("/files", files.Upload)
	http.ListenAndServe(":8080", nil)
}
