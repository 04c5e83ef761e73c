// Package minirouter is a small router over http.ServeMux, as services
// write for themselves: its handlers take a context of its own.
package minirouter

import "net/http"

type Ctx struct {
	W http.ResponseWriter
	R *http.Request
}

type HandlerFunc func(*Ctx) error

type Router struct{ mux *http.ServeMux }

func New() *Router { return &Router{mux: http.NewServeMux()} }

// GET registers h behind a closure that calls it on every request.
func (rt *Router) GET(path string, h HandlerFunc) {
	rt.mux.HandleFunc(path, func(w http.ResponseWriter, r *http.Request) { // want `net/http handler func literal in Router.GET`
		_ = h(&Ctx{W: w, R: r})
	})
}

// Handle forwards to GET: what GET serves, Handle serves.
func (rt *Router) Handle(method, path string, h HandlerFunc) { rt.GET(path, h) }

// Use calls fn once, now: fn is not a handler.
func (rt *Router) Use(fn func()) { fn() }

// Each calls fn for every route name, now.
func Each(names []string, fn func(string)) {
	for _, n := range names {
		fn(n)
	}
}
