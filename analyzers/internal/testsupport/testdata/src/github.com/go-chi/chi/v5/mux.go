package chi

import (
	"net/http"
)

var _ Router = &Mux{}

// Mux is a simple HTTP route multiplexer that parses a request path,
// records any URL params, and executes an end handler.
type Mux struct {
	// The computed mux handler made of the chained middleware stack and the
	// tree router
	handler http.Handler

	// Custom method not allowed handler
	methodNotAllowedHandler http.HandlerFunc

	// A reference to the parent mux used by subrouters when mounting to a
	// parent mux
	parent *Mux

	// Custom route not found handler
	notFoundHandler http.HandlerFunc

	// The middleware stack
	middlewares []func(http.Handler) http.Handler

	// Controls the behaviour of middleware chain generation when a mux is
	// registered as an inline group inside another mux.
	inline bool
}

// NewMux returns a newly initialized Mux object that implements the Router
// interface.
func NewMux() *Mux {
	return &Mux{}
}

// ServeHTTP is the single method of the http.Handler interface that makes
// Mux interoperable with the standard library.
func (mx *Mux) ServeHTTP(w http.ResponseWriter, r *http.Request) {}

// Use appends a middleware handler to the Mux middleware stack.
func (mx *Mux) Use(middlewares ...func(http.Handler) http.Handler) {
	mx.middlewares = append(mx.middlewares, middlewares...)
}

// Handle adds the route `pattern` that matches any http method to execute
// the `handler` http.Handler.
func (mx *Mux) Handle(pattern string, handler http.Handler) {}

// HandleFunc adds the route `pattern` that matches any http method to
// execute the `handlerFn` http.HandlerFunc.
func (mx *Mux) HandleFunc(pattern string, handlerFn http.HandlerFunc) {}

// Method adds the route `pattern` that matches `method` http method to
// execute the `handler` http.Handler.
func (mx *Mux) Method(method, pattern string, handler http.Handler) {}

// MethodFunc adds the route `pattern` that matches `method` http method to
// execute the `handlerFn` http.HandlerFunc.
func (mx *Mux) MethodFunc(method, pattern string, handlerFn http.HandlerFunc) {}

// Connect adds the route `pattern` that matches a CONNECT http method to
// execute the `handlerFn` http.HandlerFunc.
func (mx *Mux) Connect(pattern string, handlerFn http.HandlerFunc) {}

// Delete adds the route `pattern` that matches a DELETE http method to
// execute the `handlerFn` http.HandlerFunc.
func (mx *Mux) Delete(pattern string, handlerFn http.HandlerFunc) {}

// Get adds the route `pattern` that matches a GET http method to execute
// the `handlerFn` http.HandlerFunc.
func (mx *Mux) Get(pattern string, handlerFn http.HandlerFunc) {}

// Head adds the route `pattern` that matches a HEAD http method to execute
// the `handlerFn` http.HandlerFunc.
func (mx *Mux) Head(pattern string, handlerFn http.HandlerFunc) {}

// Options adds the route `pattern` that matches an OPTIONS http method to
// execute the `handlerFn` http.HandlerFunc.
func (mx *Mux) Options(pattern string, handlerFn http.HandlerFunc) {}

// Patch adds the route `pattern` that matches a PATCH http method to
// execute the `handlerFn` http.HandlerFunc.
func (mx *Mux) Patch(pattern string, handlerFn http.HandlerFunc) {}

// Post adds the route `pattern` that matches a POST http method to execute
// the `handlerFn` http.HandlerFunc.
func (mx *Mux) Post(pattern string, handlerFn http.HandlerFunc) {}

// Put adds the route `pattern` that matches a PUT http method to execute
// the `handlerFn` http.HandlerFunc.
func (mx *Mux) Put(pattern string, handlerFn http.HandlerFunc) {}

// Trace adds the route `pattern` that matches a TRACE http method to
// execute the `handlerFn` http.HandlerFunc.
func (mx *Mux) Trace(pattern string, handlerFn http.HandlerFunc) {}

// NotFound sets a custom http.HandlerFunc for routing paths that could not
// be found.
func (mx *Mux) NotFound(handlerFn http.HandlerFunc) { mx.notFoundHandler = handlerFn }

// MethodNotAllowed sets a custom http.HandlerFunc for routing paths where
// the method is unresolved.
func (mx *Mux) MethodNotAllowed(handlerFn http.HandlerFunc) {
	mx.methodNotAllowedHandler = handlerFn
}

// With adds inline middlewares for an endpoint handler.
func (mx *Mux) With(middlewares ...func(http.Handler) http.Handler) Router {
	mws := append(append([]func(http.Handler) http.Handler(nil), mx.middlewares...), middlewares...)
	return &Mux{parent: mx, inline: true, middlewares: mws}
}

// Group creates a new inline-Mux with a copy of middleware stack.
func (mx *Mux) Group(fn func(r Router)) Router {
	im := mx.With()
	if fn != nil {
		fn(im)
	}
	return im
}

// Route creates a new Mux and mounts it along the `pattern` as a subrouter.
func (mx *Mux) Route(pattern string, fn func(r Router)) Router {
	subRouter := NewRouter()
	fn(subRouter)
	mx.Mount(pattern, subRouter)
	return subRouter
}

// Mount attaches another http.Handler or chi Router as a subrouter along a
// routing path.
func (mx *Mux) Mount(pattern string, handler http.Handler) {}

// Routes returns a slice of routing information from the tree, useful for
// traversing available routes of a router.
func (mx *Mux) Routes() []Route { return nil }

// Middlewares returns a slice of middleware handler functions.
func (mx *Mux) Middlewares() Middlewares { return mx.middlewares }

// Match searches the routing tree for a handler that matches the
// method/path.
func (mx *Mux) Match(rctx *Context, method, path string) bool { return false }

// Find searches the routing tree for the pattern that matches the
// method/path.
func (mx *Mux) Find(rctx *Context, method, path string) string { return "" }
