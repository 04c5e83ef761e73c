// Package mw holds a middleware that hands the next handler a copy of the
// request; the packages that use it learn so from a fact.
package mw

import (
	"context"
	"net/http"
)

type ctxKey struct{}

// WithUser puts the user into the request's context.
func WithUser(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		ctx := context.WithValue(r.Context(), ctxKey{}, r.Header.Get("X-User"))
		next.ServeHTTP(w, r.WithContext(ctx))
	})
}

// Logged logs and passes the request on as it came.
func Logged(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		next.ServeHTTP(w, r)
	})
}
