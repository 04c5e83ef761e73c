package fiber

import (
	"context"
	"mime/multipart"
	"time"

	"github.com/valyala/fasthttp"
)

// Ctx represents the Context which hold the HTTP request and response. It
// has methods for the request query string, parameters, body, HTTP headers
// and so on. This stub declares the subset of the real interface's methods
// that statecheck's tests use.
type Ctx interface {
	// App returns the *App reference to the instance of the Fiber
	// application
	App() *App
	// RequestCtx returns *fasthttp.RequestCtx that carries a deadline a
	// cancellation signal, and other values across API boundaries.
	RequestCtx() *fasthttp.RequestCtx
	// Context returns a context implementation that was set by user earlier
	// or returns a non-nil, empty context, if it was not set earlier.
	Context() context.Context
	// SetContext sets a context implementation by user.
	SetContext(ctx context.Context)
	// Deadline returns the time when work done on behalf of this context
	// should be canceled.
	Deadline() (time.Time, bool)
	// Done returns a channel that's closed when work done on behalf of this
	// context should be canceled.
	Done() <-chan struct{}
	// Err returns nil if Done is not yet closed.
	Err() error
	// Get returns the HTTP request header specified by field.
	Get(key string, defaultValue ...string) string
	// Next executes the next method in the stack that matches the current
	// route.
	Next() error
	// Path returns the path part of the request URL.
	Path(override ...string) string
	// SaveFile saves any multipart file to disk.
	SaveFile(fileheader *multipart.FileHeader, path string) error
	// SaveFileToStorage saves any multipart file to an external storage
	// system.
	SaveFileToStorage(fileheader *multipart.FileHeader, path string, storage Storage) error
	// Status sets the HTTP status for the response.
	Status(status int) Ctx
	// Value makes it possible to retrieve values (Locals) under keys scoped
	// to the request and therefore available to all following routes that
	// match the request.
	Value(key any) any
	// Bind You can bind body, cookie, headers etc. into the map, map slice,
	// struct easily by using Binding method.
	Bind() *Bind
	// Body contains the raw body submitted in a POST request.
	Body() []byte
	// Cookies are used for getting a cookie value by key.
	Cookies(key string, defaultValue ...string) string
	// FormFile returns the first file by key from a MultipartForm.
	FormFile(key string) (*multipart.FileHeader, error)
	// FormValue returns the first value by key from a MultipartForm.
	FormValue(key string, defaultValue ...string) string
	// IP returns the remote IP address of the request.
	IP() string
	// Locals makes it possible to pass any values under keys scoped to the
	// request and therefore available to all following routes that match
	// the request.
	Locals(key any, value ...any) any
	// Method returns the HTTP request method for the context.
	Method(override ...string) string
	// MultipartForm parse form entries from binary.
	MultipartForm() (*multipart.Form, error)
	// Params is used to get the route parameters.
	Params(key string, defaultValue ...string) string
	// Query returns the query string parameter in the url.
	Query(key string, defaultValue ...string) string
	// Cookie sets a cookie by passing a cookie struct.
	Cookie(cookie *Cookie)
	// JSON converts any interface or string to JSON.
	JSON(data any, ctype ...string) error
	// Send sets the HTTP response body without copying it.
	Send(body []byte) error
	// SendStatus sets the HTTP status code and if the response body is
	// empty, it sets the correct status message in the body.
	SendStatus(status int) error
	// SendString sets the HTTP response body for string types.
	SendString(body string) error
	// Set sets the response's HTTP header field to the specified key,
	// value.
	Set(key, val string)
}

// Cookie represents the HTTP cookie.
type Cookie struct {
	Expires     time.Time `json:"expires"`      // The expiration date of the cookie
	Name        string    `json:"name"`         // The name of the cookie
	Value       string    `json:"value"`        // The value of the cookie
	Path        string    `json:"path"`         // Specifies a URL path which is allowed to receive the cookie
	Domain      string    `json:"domain"`       // Specifies the domain which is allowed to receive the cookie
	SameSite    string    `json:"same_site"`    // Controls whether or not a cookie is sent with cross-site requests
	MaxAge      int       `json:"max_age"`      // The maximum age (in seconds) of the cookie
	Secure      bool      `json:"secure"`       // Indicates that the cookie should only be transmitted over a secure HTTPS connection
	HTTPOnly    bool      `json:"http_only"`    // Indicates that the cookie is accessible only through the HTTP protocol
	Partitioned bool      `json:"partitioned"`  // Indicates if the cookie is stored in a partitioned cookie jar
	SessionOnly bool      `json:"session_only"` // Indicates if the cookie is a session-only cookie
}

// Bind struct
type Bind struct {
	ctx            Ctx
	dontHandleErrs bool
}

// Query binds the query string into the struct, map[string]string and
// map[string][]string.
func (b *Bind) Query(out any) error { return nil }

// JSON binds the body string into the struct.
func (b *Bind) JSON(out any) error { return nil }

// Form binds the form into the struct, map[string]string and
// map[string][]string.
func (b *Bind) Form(out any) error { return nil }

// URI binds the route parameters into the struct, map[string]string and
// map[string][]string.
func (b *Bind) URI(out any) error { return nil }

// Body binds the request body into the struct, map[string]string and
// map[string][]string.
func (b *Bind) Body(out any) error { return nil }
