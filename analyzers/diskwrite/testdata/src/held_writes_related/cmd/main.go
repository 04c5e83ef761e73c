package main

// The filesystem the handlers of package files write through is built
// here: one finding at the opening, with related information at each of
// their writes.

import (
	"net/http"

	"github.com/spf13/afero"

	"held_writes_related/files"
)

func main() {
	api := &files.API{FS: afero.NewBasePathFs(afero.NewOsFs(), "./uploads")} // want `afero filesystem built here keeps request data on local disk \(./uploads\): handler API.Upload writes files through files.API.FS \(files.go:18\)`
	http.HandleFunc("/upload", api.Upload)
	http.HandleFunc("/replace", api.Replace)
	http.ListenAndServe(":8080", nil)
}
