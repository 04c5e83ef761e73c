package fbhttp // want package:`writes through own_handler_type/users.User.Fs`

// The handlers are of the service's own type: withUser wraps one,
// handle adapts one to net/http, and the handler values are package-level
// variables or what a constructor returns wrapped. No setting names them.

import (
	"net/http"

	"github.com/gorilla/mux"
	"github.com/spf13/afero"

	"own_handler_type/users"
)

type data struct{ user *users.User }

type handleFunc func(w http.ResponseWriter, r *http.Request, d *data) (int, error)

func withUser(fn handleFunc) handleFunc {
	return func(w http.ResponseWriter, r *http.Request, d *data) (int, error) {
		d.user = &users.User{Scope: "/srv/" + r.Header.Get("X-User")}
		d.user.Clean()
		return fn(w, r, d)
	}
}

func handle(fn handleFunc) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if status, err := fn(w, r, &data{}); status != 0 || err != nil {
			http.Error(w, http.StatusText(status), status)
		}
	})
}

var resourcePutHandler = withUser(func(w http.ResponseWriter, r *http.Request, d *data) (int, error) {
	if err := afero.WriteReader(d.user.Fs, r.URL.Path, r.Body); err != nil { // want `handler func literal in init writes through users.User.Fs, an afero filesystem on local disk \(u.Scope\) opened at users.go:16`
		return http.StatusInternalServerError, err
	}
	return 0, nil
})

// emptyTrash has the handler type but runs once, at startup: quiet.
var emptyTrash = withUser(func(w http.ResponseWriter, r *http.Request, d *data) (int, error) {
	return 0, afero.WriteFile(d.user.Trash, "README", nil, 0o644)
})

func NewHandler() http.Handler {
	_, _ = emptyTrash(nil, nil, &data{})
	r := mux.NewRouter()
	api := r.PathPrefix("/api").Subrouter()
	api.PathPrefix("/resources").Handler(handle(resourcePutHandler)).Methods("PUT")
	return r
}
