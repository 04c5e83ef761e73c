// Package fasthttp is a test stub mirroring the exported API of
// github.com/valyala/fasthttp v1.78.0 used by statecheck's tests.
package fasthttp

import (
	"context"
	"net"
	"time"
)

// RequestHandler must process incoming requests.
type RequestHandler func(ctx *RequestCtx)

// Request represents HTTP request.
type Request struct {
	body []byte
}

// Body returns request body.
func (req *Request) Body() []byte { return req.body }

// SetBodyString sets request body.
func (req *Request) SetBodyString(body string) { req.body = []byte(body) }

// Response represents HTTP response.
type Response struct {
	statusCode int
	body       []byte
}

// StatusCode returns response status code.
func (resp *Response) StatusCode() int { return resp.statusCode }

// SetStatusCode sets response status code.
func (resp *Response) SetStatusCode(statusCode int) { resp.statusCode = statusCode }

// Body returns response body.
func (resp *Response) Body() []byte { return resp.body }

// SetBodyString sets response body.
func (resp *Response) SetBodyString(body string) { resp.body = []byte(body) }

// RequestCtx contains incoming request and manages outgoing response.
type RequestCtx struct {
	// Outgoing response.
	Response Response

	// Incoming request.
	Request Request

	userValues map[any]any
}

// SetUserValue stores the given value (arbitrary object) under the given
// key in ctx.
func (ctx *RequestCtx) SetUserValue(key, value any) {
	if ctx.userValues == nil {
		ctx.userValues = make(map[any]any)
	}
	ctx.userValues[key] = value
}

// UserValue returns the value stored via SetUserValue* under the given key.
func (ctx *RequestCtx) UserValue(key any) any { return ctx.userValues[key] }

// SetStatusCode sets response status code.
func (ctx *RequestCtx) SetStatusCode(statusCode int) { ctx.Response.SetStatusCode(statusCode) }

// Path returns requested path.
func (ctx *RequestCtx) Path() []byte { return nil }

// Method return request method.
func (ctx *RequestCtx) Method() []byte { return nil }

// Error sets response status code to the given value and sets response body
// to the given message.
func (ctx *RequestCtx) Error(msg string, statusCode int) {
	ctx.Response.SetStatusCode(statusCode)
	ctx.Response.SetBodyString(msg)
}

// SetBodyString sets response body to the given value.
func (ctx *RequestCtx) SetBodyString(body string) { ctx.Response.SetBodyString(body) }

// Write writes p into response body.
func (ctx *RequestCtx) Write(p []byte) (int, error) { return len(p), nil }

// WriteString appends s to response body.
func (ctx *RequestCtx) WriteString(s string) (int, error) { return len(s), nil }

// PostBody returns POST request body.
func (ctx *RequestCtx) PostBody() []byte { return ctx.Request.Body() }

// Deadline returns the time when work done on behalf of this context should
// be canceled.
func (ctx *RequestCtx) Deadline() (deadline time.Time, ok bool) { return }

// Done returns a channel which is closed when it receives the server's
// shutdown signal.
func (ctx *RequestCtx) Done() <-chan struct{} { return nil }

// Err returns a non-nil error value after Done is closed.
func (ctx *RequestCtx) Err() error { return nil }

// Value returns the value associated with this context for key.
func (ctx *RequestCtx) Value(key any) any { return ctx.UserValue(key) }

var _ context.Context = (*RequestCtx)(nil)

// Server implements HTTP server.
type Server struct {
	// Handler for processing incoming requests.
	Handler RequestHandler

	// ErrorHandler for returning a response in case of an error while
	// receiving or parsing the request.
	ErrorHandler func(ctx *RequestCtx, err error)

	// Server name for sending in response headers.
	Name string

	ReadTimeout  time.Duration
	WriteTimeout time.Duration
	IdleTimeout  time.Duration
}

// ListenAndServe serves HTTP requests from the given TCP4 addr.
func (s *Server) ListenAndServe(addr string) error { return nil }

// Serve serves incoming connections from the given listener.
func (s *Server) Serve(ln net.Listener) error { return nil }

// Shutdown gracefully shuts down the server without interrupting any active
// connections.
func (s *Server) Shutdown() error { return s.ShutdownWithContext(context.Background()) }

// ShutdownWithContext gracefully shuts down the server without interrupting
// any active connections until the server context is done.
func (s *Server) ShutdownWithContext(ctx context.Context) (err error) { return nil }

// ListenAndServe serves HTTP requests from the given TCP4 addr using the
// given handler.
func ListenAndServe(addr string, handler RequestHandler) error {
	s := &Server{Handler: handler}
	return s.ListenAndServe(addr)
}
