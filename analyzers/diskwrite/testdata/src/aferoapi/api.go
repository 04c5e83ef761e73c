// Package aferoapi holds handlers that write files to whatever filesystem
// main gives them.
package aferoapi // want package:`writes through aferoapi.API.FS`

import (
	"net/http"

	"github.com/spf13/afero"
)

// API serves uploads.
type API struct {
	FS afero.Fs
}

// New serves uploads into fs.
func New(fs afero.Fs) *API { // want New:`stores param 0 → aferoapi.API.FS`
	return &API{FS: fs}
}

// Scoped restricts fs to dir.
func Scoped(fs afero.Fs, dir string) afero.Fs { // want Scoped:`stores param 0 → result`
	return afero.NewBasePathFs(fs, dir)
}

// Upload stores the request body.
func (a *API) Upload(w http.ResponseWriter, r *http.Request) {
	afero.WriteReader(a.FS, r.FormValue("key"), r.Body)
}
