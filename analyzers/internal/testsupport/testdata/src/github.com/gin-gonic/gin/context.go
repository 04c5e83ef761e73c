package gin

import (
	"mime/multipart"
	"net/http"
	"sync"
	"time"
)

// Param is a single URL parameter, consisting of a key and a value.
type Param struct {
	Key   string
	Value string
}

// Params is a Param-slice, as returned by the router.
type Params []Param

// Get returns the value of the first Param which key matches the given name
// and a boolean true.
func (ps Params) Get(name string) (string, bool) {
	for _, entry := range ps {
		if entry.Key == name {
			return entry.Value, true
		}
	}
	return "", false
}

// ByName returns the value of the first Param which key matches the given
// name.
func (ps Params) ByName(name string) (va string) {
	va, _ = ps.Get(name)
	return
}

// ResponseWriter is gin's http.ResponseWriter.
type ResponseWriter interface {
	http.ResponseWriter
	http.Hijacker
	http.Flusher
	http.CloseNotifier

	// Status returns the HTTP response status code of the current request.
	Status() int

	// Size returns the number of bytes already written into the response
	// http body.
	Size() int

	// WriteString writes the string into the response body.
	WriteString(string) (int, error)

	// Written returns true if the response body was already written.
	Written() bool

	// WriteHeaderNow forces to write the http header (status code + headers).
	WriteHeaderNow()

	// Pusher get the http.Pusher for server push
	Pusher() http.Pusher
}

// Context is the most important part of gin. It carries the request-scoped
// values, the request and the response writer.
type Context struct {
	Request *http.Request
	Writer  ResponseWriter

	Params   Params
	handlers HandlersChain
	index    int8

	engine *Engine

	// This mutex protects Keys map.
	mu sync.RWMutex

	// Keys is a key/value pair exclusively for the context of each request.
	Keys map[string]any

	// Accepted defines a list of manually accepted formats for content
	// negotiation.
	Accepted []string
}

// Copy returns a copy of the current context that can be safely used outside
// the request's scope.
func (c *Context) Copy() *Context {
	cp := Context{Request: c.Request, Params: c.Params, engine: c.engine}
	cp.index = 63
	cp.handlers = nil
	return &cp
}

// Next executes the pending handlers in the chain inside the calling handler.
func (c *Context) Next() {}

// Abort prevents pending handlers from being called.
func (c *Context) Abort() {}

// AbortWithStatus calls Abort() and writes the headers with the specified
// status code.
func (c *Context) AbortWithStatus(code int) {}

// AbortWithStatusJSON calls Abort() and then JSON internally.
func (c *Context) AbortWithStatusJSON(code int, jsonObj any) {}

// Set stores a new key/value pair exclusively for this context.
func (c *Context) Set(key string, value any) {
	c.mu.Lock()
	defer c.mu.Unlock()
	if c.Keys == nil {
		c.Keys = make(map[string]any)
	}
	c.Keys[key] = value
}

// Get returns the value for the given key, ie: (value, true).
func (c *Context) Get(key string) (value any, exists bool) {
	c.mu.RLock()
	defer c.mu.RUnlock()
	value, exists = c.Keys[key]
	return
}

// MustGet returns the value for the given key if it exists, otherwise it
// panics.
func (c *Context) MustGet(key string) any {
	if value, exists := c.Get(key); exists {
		return value
	}
	panic("Key \"" + key + "\" does not exist")
}

// GetString returns the value associated with the key as a string.
func (c *Context) GetString(key string) (s string) {
	if val, ok := c.Get(key); ok && val != nil {
		s, _ = val.(string)
	}
	return
}

// Param returns the value of the URL param.
func (c *Context) Param(key string) string { return c.Params.ByName(key) }

// Query returns the keyed url query value if it exists, otherwise it returns
// an empty string.
func (c *Context) Query(key string) (value string) { return "" }

// PostForm returns the specified key from a POST urlencoded form or
// multipart form when it exists, otherwise it returns an empty string.
func (c *Context) PostForm(key string) (value string) { return "" }

// FormFile returns the first file for the provided form key.
func (c *Context) FormFile(name string) (*multipart.FileHeader, error) { return nil, nil }

// MultipartForm is the parsed multipart form, including file uploads.
func (c *Context) MultipartForm() (*multipart.Form, error) { return nil, nil }

// SaveUploadedFile uploads the form file to specific dst.
func (c *Context) SaveUploadedFile(file *multipart.FileHeader, dst string) error { return nil }

// Bind checks the Method and Content-Type to select a binding engine
// automatically.
func (c *Context) Bind(obj any) error { return nil }

// ShouldBindJSON is a shortcut for c.ShouldBindWith(obj, binding.JSON).
func (c *Context) ShouldBindJSON(obj any) error { return nil }

// ClientIP implements one best effort algorithm to return the real client
// IP.
func (c *Context) ClientIP() string { return "" }

// Status sets the HTTP response code.
func (c *Context) Status(code int) {}

// Header is an intelligent shortcut for c.Writer.Header().Set(key, value).
func (c *Context) Header(key, value string) {}

// GetHeader returns value from request headers.
func (c *Context) GetHeader(key string) string { return "" }

// SetCookie adds a Set-Cookie header to the ResponseWriter's headers.
func (c *Context) SetCookie(name, value string, maxAge int, path, domain string, secure, httpOnly bool) {
}

// Cookie returns the named cookie provided in the request or
// ErrNoCookie if not found.
func (c *Context) Cookie(name string) (string, error) { return "", nil }

// JSON serializes the given struct as JSON into the response body.
func (c *Context) JSON(code int, obj any) {}

// String writes the given string into the response body.
func (c *Context) String(code int, format string, values ...any) {}

// Deadline returns that there is no deadline (ok==false) when
// c.Request has no Context.
func (c *Context) Deadline() (deadline time.Time, ok bool) { return }

// Done returns nil (chan which will wait forever) when c.Request has no
// Context.
func (c *Context) Done() <-chan struct{} { return nil }

// Err returns nil when c.Request has no Context.
func (c *Context) Err() error { return nil }

// Value returns the value associated with this context for key, or nil if
// no value is associated with key.
func (c *Context) Value(key any) any { return nil }
