// Package auth holds a handler type, its wrapper and its adapter; the
// routes that use them are in package api.
package auth

import "net/http"

type Data struct{ User string }

type HandleFunc func(w http.ResponseWriter, r *http.Request, d *Data) (int, error)

var lastUser string

func WithUser(fn HandleFunc) HandleFunc {
	return func(w http.ResponseWriter, r *http.Request, d *Data) (int, error) {
		lastUser = r.Header.Get("X-User") // want `handler func literal in WithUser assigns package-level variable lastUser`
		return fn(w, r, d)
	}
}

func Handle(fn HandleFunc) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		_, _ = fn(w, r, &Data{})
	})
}
