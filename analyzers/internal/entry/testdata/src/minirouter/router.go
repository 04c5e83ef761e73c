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

// Table keeps its handlers in a map that ServeHTTP dispatches on.
type Table struct {
	routes map[string]HandlerFunc
	names  map[string]string
}

func (t *Table) On(path string, h HandlerFunc) { t.routes[path] = h }

// Name stores a string beside the routes: not a function value.
func (t *Table) Name(path, name string) { t.names[path] = name }

func (t *Table) ServeHTTP(w http.ResponseWriter, r *http.Request) { // want `net/http handler Table.ServeHTTP`
	if h, ok := t.routes[r.URL.Path]; ok {
		_ = h(&Ctx{W: w, R: r})
	}
}

type route struct {
	path string
	h    HandlerFunc
	// hook is called when the route is added, not per request.
	hook func()
}

// List keeps its routes in a slice and finds them through a helper.
type List struct{ routes []route }

func (l *List) Add(path string, h HandlerFunc, hook func()) {
	l.routes = append(l.routes, route{path: path, h: h, hook: hook})
	hook()
}

func (l *List) ServeHTTP(w http.ResponseWriter, r *http.Request) { // want `net/http handler List.ServeHTTP`
	l.dispatch(&Ctx{W: w, R: r})
}

func (l *List) dispatch(c *Ctx) {
	for _, rt := range l.routes {
		if rt.path == c.R.URL.Path {
			_ = rt.h(c)
		}
	}
}
