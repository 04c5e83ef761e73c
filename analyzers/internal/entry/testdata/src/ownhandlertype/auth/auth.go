// Package auth holds the handler type, its wrappers and its adapter, for a
// service whose routes are in another package.
package auth

import "net/http"

type Data struct{ User string }

type HandleFunc func(w http.ResponseWriter, r *http.Request, d *Data) (int, error)

func WithUser(fn HandleFunc) HandleFunc {
	return func(w http.ResponseWriter, r *http.Request, d *Data) (int, error) { // want `handler run by a handler func literal in WithUser`
		d.User = r.Header.Get("X-User")
		return fn(w, r, d)
	}
}

func WithAdmin(fn HandleFunc) HandleFunc {
	return WithUser(func(w http.ResponseWriter, r *http.Request, d *Data) (int, error) { // want `handler run by a handler func literal in WithAdmin`
		return fn(w, r, d)
	})
}

func Handle(fn HandleFunc) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) { // want `net/http handler func literal in Handle`
		_, _ = fn(w, r, &Data{})
	})
}
