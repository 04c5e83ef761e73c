// Package gin is a test stub mirroring the exported API of
// github.com/gin-gonic/gin v1.10.1 used by statecheck's tests.
package gin

import (
	"net/http"
)

// HandlerFunc defines the handler used by gin middleware as return value.
type HandlerFunc func(*Context)

// OptionFunc defines the function to change the default configuration.
type OptionFunc func(*Engine)

// HandlersChain defines a HandlerFunc slice.
type HandlersChain []HandlerFunc

// Last returns the last handler in the chain.
func (c HandlersChain) Last() HandlerFunc {
	if length := len(c); length > 0 {
		return c[length-1]
	}
	return nil
}

// H is a shortcut for map[string]any.
type H map[string]any

// Engine is the framework's instance.
type Engine struct {
	RouterGroup

	RedirectTrailingSlash bool
	ForwardedByClientIP   bool
	RemoteIPHeaders       []string
	MaxMultipartMemory    int64
}

var _ IRouter = (*Engine)(nil)

// New returns a new blank Engine instance without any middleware attached.
func New(opts ...OptionFunc) *Engine {
	engine := &Engine{MaxMultipartMemory: 32 << 20}
	engine.RouterGroup.root = true
	engine.RouterGroup.engine = engine
	for _, opt := range opts {
		opt(engine)
	}
	return engine
}

// Default returns an Engine instance with the Logger and Recovery middleware
// already attached.
func Default(opts ...OptionFunc) *Engine {
	return New(opts...)
}

// Handler returns the engine as an http.Handler.
func (engine *Engine) Handler() http.Handler { return engine }

// Use attaches a global middleware to the router.
func (engine *Engine) Use(middleware ...HandlerFunc) IRoutes {
	engine.RouterGroup.Use(middleware...)
	return engine
}

// Run attaches the router to a http.Server and starts listening and serving
// HTTP requests.
func (engine *Engine) Run(addr ...string) (err error) { return nil }

// ServeHTTP conforms to the http.Handler interface.
func (engine *Engine) ServeHTTP(w http.ResponseWriter, req *http.Request) {}

// WrapF is a helper function for wrapping http.HandlerFunc and returns a Gin
// middleware.
func WrapF(f http.HandlerFunc) HandlerFunc {
	return func(c *Context) {
		f(c.Writer, c.Request)
	}
}

// WrapH is a helper function for wrapping http.Handler and returns a Gin
// middleware.
func WrapH(h http.Handler) HandlerFunc {
	return func(c *Context) {
		h.ServeHTTP(c.Writer, c.Request)
	}
}
