// Package router is a service's own router over http.ServeMux.
package router

import "net/http"

type Ctx struct {
	W http.ResponseWriter
	R *http.Request
}

type Handler func(*Ctx) error

type Router struct {
	mux    *http.ServeMux
	routes map[string]Handler
}

func New() *Router { return &Router{mux: http.NewServeMux(), routes: map[string]Handler{}} }

// GET registers h behind a net/http closure.
func (rt *Router) GET(path string, h Handler) {
	rt.mux.HandleFunc(path, func(w http.ResponseWriter, r *http.Request) {
		_ = h(&Ctx{W: w, R: r})
	})
}

// POST keeps h in a table that ServeHTTP dispatches on.
func (rt *Router) POST(path string, h Handler) { rt.routes[path] = h }

func (rt *Router) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	if h := rt.routes[r.URL.Path]; h != nil {
		_ = h(&Ctx{W: w, R: r})
		return
	}
	rt.mux.ServeHTTP(w, r)
}

// Startup calls fn once, before serving.
func (rt *Router) Startup(fn func()) { fn() }
