package fiber

import (
	"context"
	"mime/multipart"
	"time"

	"github.com/valyala/fasthttp"
)

// Ctx represents the Context which hold the HTTP request and response. It
// has methods for the request query string, parameters, body, HTTP headers
// and so on.
type Ctx struct {
	app      *App
	route    *Route
	method   string
	path     string
	fasthttp *fasthttp.RequestCtx
}

// Cookie data for c.Cookie
type Cookie struct {
	Name        string    `json:"name"`
	Value       string    `json:"value"`
	Path        string    `json:"path"`
	Domain      string    `json:"domain"`
	MaxAge      int       `json:"max_age"`
	Expires     time.Time `json:"expires"`
	Secure      bool      `json:"secure"`
	HTTPOnly    bool      `json:"http_only"`
	SameSite    string    `json:"same_site"`
	SessionOnly bool      `json:"session_only"`
}

// App returns the *App reference to the instance of the Fiber application.
func (c *Ctx) App() *App { return c.app }

// BodyParser binds the request body to a struct.
func (c *Ctx) BodyParser(out interface{}) error { return nil }

// Context returns *fasthttp.RequestCtx that carries a deadline a
// cancellation signal, and other values across API boundaries.
func (c *Ctx) Context() *fasthttp.RequestCtx { return c.fasthttp }

// UserContext returns a context implementation that was set by user
// earlier or returns a non-nil, empty context, if it was not set earlier.
func (c *Ctx) UserContext() context.Context { return context.Background() }

// SetUserContext sets a context implementation by user.
func (c *Ctx) SetUserContext(ctx context.Context) {}

// Cookie sets a cookie by passing a cookie struct.
func (c *Ctx) Cookie(cookie *Cookie) {}

// Cookies are used for getting a cookie value by key.
func (c *Ctx) Cookies(key string, defaultValue ...string) string { return "" }

// FormFile returns the first file by key from a MultipartForm.
func (c *Ctx) FormFile(key string) (*multipart.FileHeader, error) { return nil, nil }

// FormValue returns the first value by key from a MultipartForm.
func (c *Ctx) FormValue(key string, defaultValue ...string) string { return "" }

// Get returns the HTTP request header specified by field.
func (c *Ctx) Get(key string, defaultValue ...string) string { return "" }

// IP returns the remote IP address of the request.
func (c *Ctx) IP() string { return "" }

// JSON converts any interface or string to JSON.
func (c *Ctx) JSON(data interface{}, ctype ...string) error { return nil }

// Locals makes it possible to pass interface{} values under keys scoped to
// the request and therefore available to all following routes that match
// the request.
func (c *Ctx) Locals(key interface{}, value ...interface{}) interface{} {
	if len(value) == 0 {
		return c.fasthttp.UserValue(key)
	}
	c.fasthttp.SetUserValue(key, value[0])
	return value[0]
}

// MultipartForm parse form entries from binary.
func (c *Ctx) MultipartForm() (*multipart.Form, error) { return nil, nil }

// Next executes the next method in the stack that matches the current
// route.
func (c *Ctx) Next() error { return nil }

// Params is used to get the route parameters.
func (c *Ctx) Params(key string, defaultValue ...string) string { return "" }

// Query returns the query string parameter in the url.
func (c *Ctx) Query(key string, defaultValue ...string) string { return "" }

// Route returns the matched Route struct.
func (c *Ctx) Route() *Route { return c.route }

// SaveFile saves any multipart file to disk.
func (*Ctx) SaveFile(fileheader *multipart.FileHeader, path string) error { return nil }

// SaveFileToStorage saves any multipart file to an external storage system.
func (*Ctx) SaveFileToStorage(fileheader *multipart.FileHeader, path string, storage Storage) error {
	return nil
}

// SendStatus sets the HTTP status code and if the response body is empty,
// it sets the correct status message in the body.
func (c *Ctx) SendStatus(status int) error { return nil }

// SendString sets the HTTP response body for string types.
func (c *Ctx) SendString(body string) error { return nil }

// Set sets the response's HTTP header field to the specified key, value.
func (c *Ctx) Set(key, val string) {}

// Status sets the HTTP status for the response.
func (c *Ctx) Status(status int) *Ctx { return c }
