package mux

import (
	"net/http"
)

// Route stores information to match a request and build URLs.
type Route struct {
	// Request handler for the route.
	handler http.Handler
	// The name used to build URLs.
	name string
	// Error resulted from building a route.
	err error
}

// Handler sets a handler for the route.
func (r *Route) Handler(handler http.Handler) *Route {
	if r.err == nil {
		r.handler = handler
	}
	return r
}

// HandlerFunc sets a handler function for the route.
func (r *Route) HandlerFunc(f func(http.ResponseWriter, *http.Request)) *Route {
	return r.Handler(http.HandlerFunc(f))
}

// GetHandler returns the handler for the route, if any.
func (r *Route) GetHandler() http.Handler { return r.handler }

// Name sets the name for the route, used to build URLs.
func (r *Route) Name(name string) *Route {
	if r.err == nil {
		r.name = name
	}
	return r
}

// GetName returns the name for the route, if any.
func (r *Route) GetName() string { return r.name }

// Methods adds a matcher for HTTP methods.
func (r *Route) Methods(methods ...string) *Route { return r }

// Path adds a matcher for the URL path.
func (r *Route) Path(tpl string) *Route { return r }

// PathPrefix adds a matcher for the URL path prefix.
func (r *Route) PathPrefix(tpl string) *Route { return r }

// Subrouter creates a subrouter for the route.
func (r *Route) Subrouter() *Router {
	return &Router{}
}
