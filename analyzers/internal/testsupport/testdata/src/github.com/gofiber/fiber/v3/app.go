// Package fiber is a test stub mirroring the exported API of
// github.com/gofiber/fiber/v3 v3.0.0 used by statecheck's tests. In v3 Ctx
// is an interface, Handler is func(Ctx) error and route methods take
// (handler any, handlers ...any).
package fiber

import (
	"context"
	"net"
	"net/http"
	"sync"
	"time"

	"github.com/valyala/fasthttp"
)

// Version of current fiber package.
const Version = "3.0.0"

// Handler defines a function to serve HTTP requests.
type Handler = func(Ctx) error

// Map is a shortcut for map[string]any, useful for JSON returns.
type Map map[string]any

// ErrorHandler defines a function that will process all errors returned
// from any handlers in the stack.
type ErrorHandler = func(Ctx, error) error

// Error represents an error that occurred while handling a request.
type Error struct {
	Message string `json:"message"`
	Code    int    `json:"code"`
}

// App denotes the Fiber application.
type App struct {
	config Config
	server *fasthttp.Server
	stack  [][]*Route
	mutex  sync.Mutex
}

// Config is a struct holding the server settings.
type Config struct {
	// When set to true, the router treats "/foo" and "/foo/" as different.
	StrictRouting bool `json:"strict_routing"`

	// Max body size that the server accepts.
	BodyLimit int `json:"body_limit"`

	// The amount of time allowed to read the full request including body.
	ReadTimeout time.Duration `json:"read_timeout"`

	// The maximum duration before timing out writes of the response.
	WriteTimeout time.Duration `json:"write_timeout"`

	// The maximum amount of time to wait for the next request when
	// keep-alive is enabled.
	IdleTimeout time.Duration `json:"idle_timeout"`

	// ErrorHandler is executed when an error is returned from
	// fiber.Handler.
	ErrorHandler ErrorHandler `json:"-"`

	// This function allows to setup app name for the app
	AppName string `json:"app_name"`
}

// ListenConfig is a struct to customize startup of Fiber.
type ListenConfig struct {
	// GracefulContext is a field to shutdown Fiber by given context
	// gracefully.
	GracefulContext context.Context `json:"graceful_context"` //nolint:containedctx // It's needed to set context inside Listen.

	// ListenerAddrFunc allows accessing and customizing net.Listener.
	ListenerAddrFunc func(addr net.Addr) `json:"listener_addr_func"`

	// BeforeServeFunc allows customizing and accessing fiber app before
	// serving the app.
	BeforeServeFunc func(app *App) error `json:"before_serve_func"`

	// Known networks are "tcp", "tcp4" (IPv4-only), "tcp6" (IPv6-only).
	ListenerNetwork string `json:"listener_network"`

	// CertFile is a path of certificate file.
	CertFile string `json:"cert_file"`

	// KeyFile is a path of certificate's private key.
	CertKeyFile string `json:"cert_key_file"`

	// When the graceful shutdown begins, use this field to set the timeout
	// duration.
	ShutdownTimeout time.Duration `json:"shutdown_timeout"`

	// When set to true, it will not print out the «Fiber» ASCII art and
	// listening address.
	DisableStartupMessage bool `json:"disable_startup_message"`

	// When set to true, this will spawn multiple Go processes listening on
	// the same port.
	EnablePrefork bool `json:"enable_prefork"`
}

// TestConfig is a struct holding Test settings.
type TestConfig struct {
	// Timeout defines the maximum duration a test can run before timing
	// out.
	Timeout time.Duration

	// FailOnTimeout specifies whether the test should return a timeout
	// error if the HTTP response exceeds the Timeout duration.
	FailOnTimeout bool
}

// New creates a new Fiber named instance.
func New(config ...Config) *App {
	app := &App{}
	if len(config) > 0 {
		app.config = config[0]
	}
	app.server = &fasthttp.Server{}
	return app
}

// NewError creates a new Error instance with an optional message.
func NewError(code int, message ...string) *Error {
	err := &Error{Code: code}
	if len(message) > 0 {
		err.Message = message[0]
	}
	return err
}

// Error makes it compatible with the `error` interface.
func (e *Error) Error() string { return e.Message }

// Name Assign name to specific route.
func (app *App) Name(name string) Router { return app }

// Use registers a middleware route that will match requests with the
// provided prefix (which is optional and defaults to "/").
func (app *App) Use(args ...any) Router { return app }

// Get registers a route for GET methods that requests a representation of
// the specified resource.
func (app *App) Get(path string, handler any, handlers ...any) Router {
	return app.Add([]string{http.MethodGet}, path, handler, handlers...)
}

// Head registers a route for HEAD methods.
func (app *App) Head(path string, handler any, handlers ...any) Router {
	return app.Add([]string{http.MethodHead}, path, handler, handlers...)
}

// Post registers a route for POST methods.
func (app *App) Post(path string, handler any, handlers ...any) Router {
	return app.Add([]string{http.MethodPost}, path, handler, handlers...)
}

// Put registers a route for PUT methods.
func (app *App) Put(path string, handler any, handlers ...any) Router {
	return app.Add([]string{http.MethodPut}, path, handler, handlers...)
}

// Delete registers a route for DELETE methods.
func (app *App) Delete(path string, handler any, handlers ...any) Router {
	return app.Add([]string{http.MethodDelete}, path, handler, handlers...)
}

// Connect registers a route for CONNECT methods.
func (app *App) Connect(path string, handler any, handlers ...any) Router {
	return app.Add([]string{http.MethodConnect}, path, handler, handlers...)
}

// Options registers a route for OPTIONS methods.
func (app *App) Options(path string, handler any, handlers ...any) Router {
	return app.Add([]string{http.MethodOptions}, path, handler, handlers...)
}

// Trace registers a route for TRACE methods.
func (app *App) Trace(path string, handler any, handlers ...any) Router {
	return app.Add([]string{http.MethodTrace}, path, handler, handlers...)
}

// Patch registers a route for PATCH methods.
func (app *App) Patch(path string, handler any, handlers ...any) Router {
	return app.Add([]string{http.MethodPatch}, path, handler, handlers...)
}

// Add allows you to specify multiple HTTP methods to register a route.
func (app *App) Add(methods []string, path string, handler any, handlers ...any) Router {
	return app
}

// All will register the handler on all HTTP methods.
func (app *App) All(path string, handler any, handlers ...any) Router { return app }

// Group is used for Routes with common prefix to define a new sub-router
// with optional middleware.
func (app *App) Group(prefix string, handlers ...any) Router {
	return &Group{Prefix: prefix, app: app}
}

// Route is used to define routes with a common prefix inside the common
// function.
func (app *App) Route(prefix string, fn func(router Router), name ...string) Router {
	group := app.Group(prefix)
	fn(group)
	return group
}

// Listen serves HTTP requests from the given addr.
func (app *App) Listen(addr string, config ...ListenConfig) error { return nil }

// Shutdown gracefully shuts down the server without interrupting any active
// connections.
func (app *App) Shutdown() error {
	return app.ShutdownWithContext(context.Background())
}

// ShutdownWithTimeout gracefully shuts down the server without interrupting
// any active connections. However, if the timeout is exceeded,
// ShutdownWithTimeout will forcefully close any active connections.
func (app *App) ShutdownWithTimeout(timeout time.Duration) error {
	ctx, cancelFunc := context.WithTimeout(context.Background(), timeout)
	defer cancelFunc()
	return app.ShutdownWithContext(ctx)
}

// ShutdownWithContext shuts down the server including by force if the
// context's deadline is exceeded.
func (app *App) ShutdownWithContext(ctx context.Context) error {
	app.mutex.Lock()
	defer app.mutex.Unlock()
	return app.server.ShutdownWithContext(ctx)
}

// Test is used for internal debugging by passing a *http.Request.
func (app *App) Test(req *http.Request, config ...TestConfig) (*http.Response, error) {
	return nil, nil
}
