package files // want package:`writes through held_writes_related/files.API.FS`

// The handlers write files to whatever filesystem main gives them.

import (
	"net/http"

	"github.com/spf13/afero"
)

// API serves uploads.
type API struct {
	FS afero.Fs
}

// Upload stores the request body.
func (a *API) Upload(w http.ResponseWriter, r *http.Request) {
	afero.WriteReader(a.FS, r.FormValue("key"), r.Body)
}

// Replace overwrites a file with the request body.
func (a *API) Replace(w http.ResponseWriter, r *http.Request) {
	afero.WriteReader(a.FS, r.FormValue("key"), r.Body)
}
