package echo

import (
	"log/slog"
	"mime/multipart"
	"net/http"
	"net/url"
	"sync"
)

// Context represents the context of the current HTTP request. It holds
// request and response objects, path, path parameters, data and registered
// handler.
type Context struct {
	request  *http.Request
	response http.ResponseWriter
	query    url.Values

	store  map[string]any
	echo   *Echo
	logger *slog.Logger

	path string
	lock sync.RWMutex
}

// NewContext returns a new Context instance.
func NewContext(r *http.Request, w http.ResponseWriter, opts ...any) *Context {
	return &Context{request: r, response: w, store: make(map[string]any)}
}

// Request returns `*http.Request`.
func (c *Context) Request() *http.Request { return c.request }

// SetRequest sets `*http.Request`.
func (c *Context) SetRequest(r *http.Request) { c.request = r }

// Response returns `http.ResponseWriter`.
func (c *Context) Response() http.ResponseWriter { return c.response }

// RealIP returns the client's network address based on `X-Forwarded-For`
// or `X-Real-IP` request header.
func (c *Context) RealIP() string { return "" }

// Path returns the registered path for the handler.
func (c *Context) Path() string { return c.path }

// Param returns path parameter by name.
func (c *Context) Param(name string) string { return "" }

// QueryParam returns the query param for the provided name.
func (c *Context) QueryParam(name string) string { return "" }

// FormValue returns the form field value for the provided name.
func (c *Context) FormValue(name string) string { return "" }

// FormFile returns the multipart form file for the provided name.
func (c *Context) FormFile(name string) (*multipart.FileHeader, error) { return nil, nil }

// MultipartForm returns the multipart form.
func (c *Context) MultipartForm() (*multipart.Form, error) { return nil, nil }

// Cookie returns the named cookie provided in the request.
func (c *Context) Cookie(name string) (*http.Cookie, error) { return nil, nil }

// SetCookie adds a `Set-Cookie` header in HTTP response.
func (c *Context) SetCookie(cookie *http.Cookie) {}

// Get retrieves data from the context.
func (c *Context) Get(key string) any {
	c.lock.RLock()
	defer c.lock.RUnlock()
	return c.store[key]
}

// Set saves data in the context.
func (c *Context) Set(key string, val any) {
	c.lock.Lock()
	defer c.lock.Unlock()
	if c.store == nil {
		c.store = make(map[string]any)
	}
	c.store[key] = val
}

// Bind binds path params, query params and the request body into provided
// type `i`.
func (c *Context) Bind(i any) error { return nil }

// String sends a string response with status code.
func (c *Context) String(code int, s string) (err error) { return nil }

// JSON sends a JSON response with status code.
func (c *Context) JSON(code int, i any) (err error) { return nil }

// NoContent sends a response with no body and a status code.
func (c *Context) NoContent(code int) error { return nil }

// Redirect redirects the request to a provided URL with status code.
func (c *Context) Redirect(code int, url string) error { return nil }

// Logger returns logger in Context.
func (c *Context) Logger() *slog.Logger { return c.logger }

// Echo returns the `Echo` instance.
func (c *Context) Echo() *Echo { return c.echo }
