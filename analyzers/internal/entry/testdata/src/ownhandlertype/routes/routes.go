// Package routes registers handlers of auth's type: the wrappers and the
// adapter are known here only by their runsFuncs facts.
package routes

import (
	"net/http"

	"ownhandlertype/auth"
)

var settingsPut = auth.WithAdmin(func(w http.ResponseWriter, r *http.Request, d *auth.Data) (int, error) { // want `handler run by a handler func literal in init`
	return 0, nil
})

func sharePost(n int) auth.HandleFunc {
	return auth.WithUser(func(w http.ResponseWriter, r *http.Request, d *auth.Data) (int, error) { // want `handler run by a handler func literal in sharePost`
		return n, nil
	})
}

// Quiet: wrapped, but only run at startup.
var probe = auth.WithUser(func(w http.ResponseWriter, r *http.Request, d *auth.Data) (int, error) {
	return 0, nil
})

func Register(mux *http.ServeMux) {
	mux.Handle("/settings", auth.Handle(settingsPut))
	mux.Handle("/share", auth.Handle(sharePost(1)))
	_, _ = probe(nil, nil, &auth.Data{})
}
