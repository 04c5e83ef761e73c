// Package handler_via_own_type registers handlers of the service's own
// type, as a file manager does: handleFunc takes a request context of its
// own, withUser and withAdmin wrap one, handle adapts one to net/http, and
// a local closure hands each to handle while the routes go on a
// gorilla/mux subrouter. No setting names any of them.
package handler_via_own_type

import (
	"net/http"

	"github.com/gorilla/mux"
)

type data struct {
	user  string
	admin bool
}

type handleFunc func(w http.ResponseWriter, r *http.Request, d *data) (int, error)

func withUser(fn handleFunc) handleFunc {
	return func(w http.ResponseWriter, r *http.Request, d *data) (int, error) {
		d.user = r.Header.Get("X-User") // quiet: d is made per request
		return fn(w, r, d)
	}
}

func withAdmin(fn handleFunc) handleFunc {
	return withUser(func(w http.ResponseWriter, r *http.Request, d *data) (int, error) {
		if !d.admin {
			return http.StatusForbidden, nil
		}
		return fn(w, r, d)
	})
}

func handle(fn handleFunc) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if status, err := fn(w, r, &data{}); status != 0 || err != nil {
			http.Error(w, http.StatusText(status), status)
		}
	})
}

var (
	settings = map[string]string{}
	uploads  = map[string]int64{}
	seeded   = map[string]bool{}
)

var settingsPutHandler = withAdmin(func(w http.ResponseWriter, r *http.Request, d *data) (int, error) {
	settings[r.FormValue("key")] = r.FormValue("value") // want `handler func literal in init writes package-level map settings`
	return 0, nil
})

func tusPostHandler(limit int64) handleFunc {
	return withUser(func(w http.ResponseWriter, r *http.Request, d *data) (int, error) {
		uploads[r.URL.Path] = limit // want `handler func literal in tusPostHandler writes package-level map uploads`
		return 0, nil
	})
}

// seed has the handler type but runs once, at startup: quiet.
func seed(w http.ResponseWriter, r *http.Request, d *data) (int, error) {
	seeded["admin"] = true
	return 0, nil
}

// selfTest is wrapped like the handlers but only run at startup: quiet.
var selfTest = withUser(func(w http.ResponseWriter, r *http.Request, d *data) (int, error) {
	seeded["self-test"] = true
	return 0, nil
})

func NewHandler() http.Handler {
	_, _ = seed(nil, nil, &data{})
	_, _ = selfTest(nil, nil, &data{})
	r := mux.NewRouter()
	monkey := func(fn handleFunc) http.Handler { return handle(fn) }
	api := r.PathPrefix("/api").Subrouter()
	api.Handle("/settings", monkey(settingsPutHandler)).Methods("PUT")
	api.PathPrefix("/tus").Handler(monkey(tusPostHandler(1 << 20))).Methods("POST")
	return r
}
