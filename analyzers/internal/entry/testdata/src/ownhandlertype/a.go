// Package ownhandlertype mirrors a service that registers handlers of its
// own type: handleFunc takes a request context of its own and returns a
// status, withUser wraps one in another, handle adapts one to net/http,
// and a local closure hands each to handle while routes are put on a
// gorilla/mux subrouter. Handler values are package-level variables,
// functions that return a wrapped literal, or plain functions.
package ownhandlertype

import (
	"net/http"
	"strings"

	"github.com/gorilla/mux"
)

type data struct {
	user  string
	admin bool
}

type handleFunc func(w http.ResponseWriter, r *http.Request, d *data) (int, error)

func withUser(fn handleFunc) handleFunc {
	return func(w http.ResponseWriter, r *http.Request, d *data) (int, error) { // want `handler run by a handler func literal in withUser`
		d.user = r.Header.Get("X-User")
		return fn(w, r, d)
	}
}

func withAdmin(fn handleFunc) handleFunc {
	return withUser(func(w http.ResponseWriter, r *http.Request, d *data) (int, error) { // want `handler run by a handler func literal in withAdmin`
		if !d.admin {
			return http.StatusForbidden, nil
		}
		return fn(w, r, d)
	})
}

func handle(fn handleFunc, prefix string) http.Handler {
	handler := http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) { // want `net/http handler func literal in handle`
		if status, err := fn(w, r, &data{}); status != 0 || err != nil {
			http.Error(w, http.StatusText(status), status)
		}
	})
	return stripPrefix(prefix, handler)
}

func stripPrefix(prefix string, h http.Handler) http.Handler {
	if prefix == "" {
		return h
	}
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) { // want `net/http handler func literal in stripPrefix`
		r.URL.Path = strings.TrimPrefix(r.URL.Path, prefix)
		h.ServeHTTP(w, r)
	})
}

type cache struct{ m map[string]int }

// A package-level handler made by a wrapper.
var usersGetHandler = withAdmin(func(w http.ResponseWriter, r *http.Request, d *data) (int, error) { // want `handler run by a handler func literal in init`
	return 0, nil
})

var resourceGetHandler = withUser(func(w http.ResponseWriter, r *http.Request, d *data) (int, error) { // want `handler run by a handler func literal in init`
	return 0, nil
})

// A function that returns a wrapped literal.
func tusPatchHandler(c *cache) handleFunc {
	return withUser(func(w http.ResponseWriter, r *http.Request, d *data) (int, error) { // want `handler run by a handler func literal in tusPatchHandler`
		c.m[r.URL.Path]++
		return 0, nil
	})
}

// A function that returns a literal of its own.
func loginHandler(name string) handleFunc {
	return func(w http.ResponseWriter, r *http.Request, d *data) (int, error) { // want `handler run by a handler func literal in loginHandler`
		return 0, nil
	}
}

// A plain function of the handler type.
func signupHandler(w http.ResponseWriter, r *http.Request, d *data) (int, error) { // want `handler signupHandler`
	return 0, nil
}

// Chosen by configuration: either may be served.
func resetByMail(w http.ResponseWriter, r *http.Request, d *data) (int, error) { // want `handler run by a handler resetByMail`
	return 0, nil
}

func resetByAdmin(w http.ResponseWriter, r *http.Request, d *data) (int, error) { // want `handler run by a handler resetByAdmin`
	return 0, nil
}

// Quiet: of the handler type, but only called at startup.
func warmup(w http.ResponseWriter, r *http.Request, d *data) (int, error) {
	return 0, nil
}

// Quiet: a package-level value of the handler type that nothing serves.
var unused = func(w http.ResponseWriter, r *http.Request, d *data) (int, error) {
	return 0, nil
}

// Quiet: wrapped like the others, but only run at startup.
var selfTest = withUser(func(w http.ResponseWriter, r *http.Request, d *data) (int, error) {
	return 0, nil
})

func seedHandler() handleFunc {
	return withUser(func(w http.ResponseWriter, r *http.Request, d *data) (int, error) {
		return 0, nil
	})
}

func NewHandler(c *cache) http.Handler {
	r := mux.NewRouter()
	monkey := func(fn handleFunc, prefix string) http.Handler {
		return handle(fn, prefix)
	}
	_, _ = warmup(nil, nil, &data{})
	_, _ = selfTest(nil, nil, &data{})
	_, _ = seedHandler()(nil, nil, &data{})
	api := r.PathPrefix("/api").Subrouter()
	api.Handle("/login", monkey(loginHandler("x"), ""))
	api.Handle("/signup", monkey(signupHandler, ""))
	users := api.PathPrefix("/users").Subrouter()
	users.Handle("", monkey(usersGetHandler, "")).Methods("GET")
	api.PathPrefix("/resources").Handler(monkey(resourceGetHandler, "/api/resources")).Methods("GET")
	api.PathPrefix("/tus").Handler(monkey(tusPatchHandler(c), "/api/tus")).Methods("PATCH")
	reset := resetByMail
	if c == nil {
		reset = resetByAdmin
	}
	api.Handle("/reset", monkey(reset, ""))
	return r
}
