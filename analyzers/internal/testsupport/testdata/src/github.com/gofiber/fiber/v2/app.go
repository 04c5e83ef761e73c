// Package fiber is a test stub mirroring the exported API of
// github.com/gofiber/fiber/v2 v2.52.15 used by statecheck's tests.
package fiber

import (
	"context"
	"net/http"
	"sync"
	"time"

	"github.com/valyala/fasthttp"
)

// Version of current fiber package.
const Version = "2.52.15"

// Handler defines a function to serve HTTP requests.
type Handler = func(*Ctx) error

// Map is a shortcut for map[string]interface{}, useful for JSON returns.
type Map map[string]interface{}

// Storage interface for communicating with different database/key-value
// providers.
type Storage interface {
	// Get gets the value for the given key.
	// `nil, nil` is returned when the key does not exist
	Get(key string) ([]byte, error)

	// Set stores the given value for the given key along
	// with an expiration value, 0 means no expiration.
	// Empty key or value will be ignored without an error.
	Set(key string, val []byte, exp time.Duration) error

	// Delete deletes the value for the given key.
	// It returns no error if the storage does not contain the key,
	Delete(key string) error

	// Reset resets the storage and delete all keys.
	Reset() error

	// Close closes the storage and will stop any running garbage
	// collectors and open connections.
	Close() error
}

// ErrorHandler defines a function that will process all errors returned
// from any handlers in the stack.
type ErrorHandler = func(*Ctx, error) error

// Error represents an error that occurred while handling a request.
type Error struct {
	Code    int    `json:"code"`
	Message string `json:"message"`
}

// App denotes the Fiber application.
type App struct {
	mutex  sync.Mutex
	stack  [][]*Route
	server *fasthttp.Server
	config Config
}

// Config is a struct holding the server settings.
type Config struct {
	// When set to true, this will spawn multiple Go processes listening on
	// the same port.
	Prefork bool `json:"prefork"`

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

	// When set to true, it will not print out debug information
	DisableStartupMessage bool `json:"disable_startup_message"`

	// This function allows to setup app name for the app
	AppName string `json:"app_name"`
}

// Static defines configuration options when defining static assets.
type Static struct {
	Compress      bool          `json:"compress"`
	ByteRange     bool          `json:"byte_range"`
	Browse        bool          `json:"browse"`
	Download      bool          `json:"download"`
	Index         string        `json:"index"`
	CacheDuration time.Duration `json:"cache_duration"`
	MaxAge        int           `json:"max_age"`
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
func (app *App) Use(args ...interface{}) Router { return app }

// Get registers a route for GET methods that requests a representation of
// the specified resource.
func (app *App) Get(path string, handlers ...Handler) Router {
	return app.Add(http.MethodGet, path, handlers...)
}

// Head registers a route for HEAD methods.
func (app *App) Head(path string, handlers ...Handler) Router {
	return app.Add(http.MethodHead, path, handlers...)
}

// Post registers a route for POST methods.
func (app *App) Post(path string, handlers ...Handler) Router {
	return app.Add(http.MethodPost, path, handlers...)
}

// Put registers a route for PUT methods.
func (app *App) Put(path string, handlers ...Handler) Router {
	return app.Add(http.MethodPut, path, handlers...)
}

// Delete registers a route for DELETE methods.
func (app *App) Delete(path string, handlers ...Handler) Router {
	return app.Add(http.MethodDelete, path, handlers...)
}

// Connect registers a route for CONNECT methods.
func (app *App) Connect(path string, handlers ...Handler) Router {
	return app.Add(http.MethodConnect, path, handlers...)
}

// Options registers a route for OPTIONS methods.
func (app *App) Options(path string, handlers ...Handler) Router {
	return app.Add(http.MethodOptions, path, handlers...)
}

// Trace registers a route for TRACE methods.
func (app *App) Trace(path string, handlers ...Handler) Router {
	return app.Add(http.MethodTrace, path, handlers...)
}

// Patch registers a route for PATCH methods.
func (app *App) Patch(path string, handlers ...Handler) Router {
	return app.Add(http.MethodPatch, path, handlers...)
}

// Add allows you to specify a HTTP method to register a route.
func (app *App) Add(method, path string, handlers ...Handler) Router { return app }

// Static will create a file server serving static files.
func (app *App) Static(prefix, root string, config ...Static) Router { return app }

// All will register the handler on all HTTP methods.
func (app *App) All(path string, handlers ...Handler) Router { return app }

// Group is used for Routes with common prefix to define a new sub-router
// with optional middleware.
func (app *App) Group(prefix string, handlers ...Handler) Router {
	return &Group{Prefix: prefix, app: app}
}

// Route is used to define routes with a common prefix inside the common
// function.
func (app *App) Route(prefix string, fn func(router Router), name ...string) Router {
	group := app.Group(prefix)
	fn(group)
	return group
}

// Mount attaches another app instance as a sub-router along a routing
// path.
func (app *App) Mount(prefix string, subApp *App) Router { return app }

// Listen serves HTTP requests from the given addr.
func (app *App) Listen(addr string) error { return nil }

// ListenTLS serves HTTPS requests from the given addr.
func (app *App) ListenTLS(addr, certFile, keyFile string) error { return nil }

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
func (app *App) Test(req *http.Request, msTimeout ...int) (*http.Response, error) {
	return nil, nil
}
