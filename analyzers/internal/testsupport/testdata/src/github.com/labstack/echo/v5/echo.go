// Package echo is a test stub mirroring the exported API of
// github.com/labstack/echo/v5 v5.0.4 used by statecheck's tests. In v5
// Context is a struct and handlers are func(*echo.Context) error; Start is
// graceful and there is no Shutdown/Close on Echo.
package echo

import (
	stdContext "context"
	"crypto/tls"
	"io/fs"
	"log/slog"
	"net"
	"net/http"
	"os"
	"os/signal"
	"syscall"
	"time"
)

// Echo is the top-level framework instance.
type Echo struct {
	Filesystem fs.FS
	Logger     *slog.Logger

	premiddleware []MiddlewareFunc
	middleware    []MiddlewareFunc
}

// HandlerFunc defines a function to serve HTTP requests.
type HandlerFunc func(c *Context) error

// MiddlewareFunc defines a function to process middleware.
type MiddlewareFunc func(next HandlerFunc) HandlerFunc

// RouteAny is the special method type that matches any HTTP method in
// routing.
const RouteAny = "echo_route_any"

// RouteInfo describes a route added to the router.
type RouteInfo struct {
	Name       string
	Method     string
	Path       string
	Parameters []string
}

// Routes is collection of RouteInfo instances with various helper methods.
type Routes []RouteInfo

// New creates an instance of Echo.
func New() *Echo {
	return &Echo{Logger: slog.Default()}
}

// Pre adds middleware to the chain which is run before router tries to find
// matching route.
func (e *Echo) Pre(middleware ...MiddlewareFunc) {
	e.premiddleware = append(e.premiddleware, middleware...)
}

// Use adds middleware to the chain which is run after router has found
// matching route and before route/request handler method is executed.
func (e *Echo) Use(middleware ...MiddlewareFunc) {
	e.middleware = append(e.middleware, middleware...)
}

// DELETE registers a new DELETE route for a path with matching handler in
// the router with optional route-level middleware.
func (e *Echo) DELETE(path string, h HandlerFunc, m ...MiddlewareFunc) RouteInfo {
	return e.Add(http.MethodDelete, path, h, m...)
}

// GET registers a new GET route for a path with matching handler in the
// router with optional route-level middleware.
func (e *Echo) GET(path string, h HandlerFunc, m ...MiddlewareFunc) RouteInfo {
	return e.Add(http.MethodGet, path, h, m...)
}

// PATCH registers a new PATCH route for a path with matching handler in the
// router with optional route-level middleware.
func (e *Echo) PATCH(path string, h HandlerFunc, m ...MiddlewareFunc) RouteInfo {
	return e.Add(http.MethodPatch, path, h, m...)
}

// POST registers a new POST route for a path with matching handler in the
// router with optional route-level middleware.
func (e *Echo) POST(path string, h HandlerFunc, m ...MiddlewareFunc) RouteInfo {
	return e.Add(http.MethodPost, path, h, m...)
}

// PUT registers a new PUT route for a path with matching handler in the
// router with optional route-level middleware.
func (e *Echo) PUT(path string, h HandlerFunc, m ...MiddlewareFunc) RouteInfo {
	return e.Add(http.MethodPut, path, h, m...)
}

// Any registers a new route for all HTTP methods (supported by Echo) and
// path with matching handler in the router with optional route-level
// middleware.
func (e *Echo) Any(path string, handler HandlerFunc, middleware ...MiddlewareFunc) RouteInfo {
	return e.Add(RouteAny, path, handler, middleware...)
}

// Match registers a new route for multiple HTTP methods and path with
// matching handler in the router with optional route-level middleware.
func (e *Echo) Match(methods []string, path string, handler HandlerFunc, middleware ...MiddlewareFunc) Routes {
	ris := make(Routes, 0, len(methods))
	for _, m := range methods {
		ris = append(ris, e.Add(m, path, handler, middleware...))
	}
	return ris
}

// Add registers a new route for an HTTP method and path with matching
// handler in the router with optional route-level middleware.
func (e *Echo) Add(method, path string, handler HandlerFunc, middleware ...MiddlewareFunc) RouteInfo {
	return RouteInfo{Method: method, Path: path}
}

// Group creates a new router group with prefix and optional group-level
// middleware.
func (e *Echo) Group(prefix string, m ...MiddlewareFunc) (g *Group) {
	g = &Group{prefix: prefix, echo: e}
	g.Use(m...)
	return
}

// ServeHTTP implements `http.Handler` interface, which serves HTTP requests.
func (e *Echo) ServeHTTP(w http.ResponseWriter, r *http.Request) {}

// Start stars HTTP server on given address with Echo as a handler serving
// requests. The server can be shutdown by sending os.Interrupt signal with
// `ctrl+c`; shutdown is graceful.
func (e *Echo) Start(address string) error {
	sc := StartConfig{Address: address}
	ctx, cancel := signal.NotifyContext(stdContext.Background(), os.Interrupt, syscall.SIGTERM) // start shutdown process on ctrl+c
	defer cancel()
	return sc.Start(ctx, e)
}

// StartConfig is for creating configured http.Server instance to start
// serve http(s) requests with given Echo instance.
type StartConfig struct {
	Address string

	HideBanner bool
	HidePort   bool

	CertFilesystem fs.FS
	TLSConfig      *tls.Config

	ListenerNetwork  string
	ListenerAddrFunc func(addr net.Addr)

	GracefulTimeout time.Duration
	OnShutdownError func(err error)

	BeforeServeFunc func(s *http.Server) error
}

// Start starts given Handler with HTTP(s) server. The server is shut down
// gracefully when ctx is cancelled.
func (sc StartConfig) Start(ctx stdContext.Context, h http.Handler) error { return nil }

// StartTLS starts given Handler with HTTPS server.
func (sc StartConfig) StartTLS(ctx stdContext.Context, h http.Handler, certFile, keyFile any) error {
	return nil
}

// WrapHandler wraps `http.Handler` into `echo.HandlerFunc`.
func WrapHandler(h http.Handler) HandlerFunc {
	return func(c *Context) error {
		h.ServeHTTP(c.Response(), c.Request())
		return nil
	}
}

// WrapMiddleware wraps `func(http.Handler) http.Handler` into
// `echo.MiddlewareFunc`.
func WrapMiddleware(m func(http.Handler) http.Handler) MiddlewareFunc {
	return func(next HandlerFunc) HandlerFunc {
		return func(c *Context) (err error) {
			m(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
				err = next(c)
			})).ServeHTTP(c.Response(), c.Request())
			return
		}
	}
}

// HTTPError represents an error that occurred while handling a request.
type HTTPError struct {
	// Code is status code for HTTP response
	Code    int    `json:"-"`
	Message string `json:"message"`
	err     error
}

// NewHTTPError creates new instance of HTTPError.
func NewHTTPError(code int, message string) *HTTPError {
	return &HTTPError{Code: code, Message: message}
}

// StatusCode returns status code for HTTP response.
func (he *HTTPError) StatusCode() int { return he.Code }

// Error makes it compatible with `error` interface.
func (he *HTTPError) Error() string { return he.Message }

// Unwrap satisfies the Go 1.13 error wrapper interface.
func (he *HTTPError) Unwrap() error { return he.err }
