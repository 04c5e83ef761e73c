// Package middleware is a test stub mirroring the exported API of
// github.com/go-chi/chi/v5/middleware v5.2.5 used by statecheck's tests.
package middleware

import (
	"net/http"
	"time"
)

// Logger is a middleware that logs the start and end of each request,
// along with some useful data about what was requested, what the response
// status was, and how long it took to return.
func Logger(next http.Handler) http.Handler { return next }

// Recoverer is a middleware that recovers from panics, logs the panic (and
// a backtrace), and returns a HTTP 500 (Internal Server Error) status if
// possible.
func Recoverer(next http.Handler) http.Handler { return next }

// RequestID is a middleware that injects a request ID into the context of
// each request.
func RequestID(next http.Handler) http.Handler { return next }

// RealIP is a middleware that sets a http.Request's RemoteAddr to the
// results of parsing either the True-Client-IP, X-Real-IP or the
// X-Forwarded-For headers (in that order).
func RealIP(h http.Handler) http.Handler { return h }

// Timeout is a middleware that cancels ctx after a given timeout and return
// a 504 Gateway Timeout error to the client.
func Timeout(timeout time.Duration) func(next http.Handler) http.Handler {
	return func(next http.Handler) http.Handler { return next }
}
