// Package api registers handlers of auth's type; it knows auth's wrapper
// and adapter only by their facts.
package api

import (
	"net/http"

	"handler_via_own_type/auth"
)

var shares = map[string]string{}

var sharePost = auth.WithUser(func(w http.ResponseWriter, r *http.Request, d *auth.Data) (int, error) {
	shares[r.FormValue("id")] = d.User // want `handler func literal in init writes package-level map shares`
	return 0, nil
})

func Register(mux *http.ServeMux) {
	mux.Handle("/share", auth.Handle(sharePost))
}
