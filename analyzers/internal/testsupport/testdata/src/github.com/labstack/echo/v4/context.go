package echo

import (
	"mime/multipart"
	"net/http"
)

// Context represents the context of the current HTTP request. It holds
// request and response objects, path, path parameters, data and registered
// handler. This stub declares the subset of the real interface's methods
// that statecheck's tests use.
type Context interface {
	// Request returns `*http.Request`.
	Request() *http.Request

	// SetRequest sets `*http.Request`.
	SetRequest(r *http.Request)

	// Response returns `*Response`.
	Response() *Response

	// RealIP returns the client's network address based on
	// `X-Forwarded-For` or `X-Real-IP` request header.
	RealIP() string

	// Path returns the registered path for the handler.
	Path() string

	// Param returns path parameter by name.
	Param(name string) string

	// QueryParam returns the query param for the provided name.
	QueryParam(name string) string

	// FormValue returns the form field value for the provided name.
	FormValue(name string) string

	// FormFile returns the multipart form file for the provided name.
	FormFile(name string) (*multipart.FileHeader, error)

	// MultipartForm returns the multipart form.
	MultipartForm() (*multipart.Form, error)

	// Cookie returns the named cookie provided in the request.
	Cookie(name string) (*http.Cookie, error)

	// SetCookie adds a `Set-Cookie` header in HTTP response.
	SetCookie(cookie *http.Cookie)

	// Get retrieves data from the context.
	Get(key string) interface{}

	// Set saves data in the context.
	Set(key string, val interface{})

	// Bind binds path params, query params and the request body into
	// provided type `i`.
	Bind(i interface{}) error

	// String sends a string response with status code.
	String(code int, s string) error

	// JSON sends a JSON response with status code.
	JSON(code int, i interface{}) error

	// NoContent sends a response with no body and a status code.
	NoContent(code int) error

	// Redirect redirects the request to a provided URL with status code.
	Redirect(code int, url string) error

	// Error invokes the registered global HTTP error handler.
	Error(err error)

	// Echo returns the `Echo` instance.
	Echo() *Echo
}
