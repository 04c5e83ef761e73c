// Package httprate is a test stub mirroring the exported API of
// github.com/go-chi/httprate v0.16.1 that statecheck's tests use. Without
// WithLimitCounter, a limiter counts in NewLocalLimitCounter, an in-process
// map (limiter.go:39-45).
package httprate

import (
	"net/http"
	"time"
)

// KeyFunc returns the rate-limit key of a request.
type KeyFunc func(r *http.Request) (string, error)

// Option configures a RateLimiter.
type Option func(rl *RateLimiter)

// ResponseHeaders names the response headers; an empty name omits one.
type ResponseHeaders struct {
	Limit      string
	Remaining  string
	Increment  string
	Reset      string
	RetryAfter string
}

// LimitCounter counts requests per key and window.
type LimitCounter interface {
	Config(requestLimit int, windowLength time.Duration)
	Increment(key string, currentWindow time.Time) error
	IncrementBy(key string, currentWindow time.Time, amount int) error
	Get(key string, currentWindow, previousWindow time.Time) (int, int, error)
}

// RateLimiter limits requests per key.
type RateLimiter struct {
	requestLimit int
	windowLength time.Duration
	keyFn        KeyFunc
	limitCounter LimitCounter
}

// NewRateLimiter returns a limiter of requestLimit requests per
// windowLength.
func NewRateLimiter(requestLimit int, windowLength time.Duration, options ...Option) *RateLimiter {
	rl := &RateLimiter{requestLimit: requestLimit, windowLength: windowLength}
	for _, opt := range options {
		opt(rl)
	}
	if rl.limitCounter == nil {
		rl.limitCounter = NewLocalLimitCounter(windowLength)
	}
	return rl
}

// Handler is the limiter's middleware.
func (l *RateLimiter) Handler(next http.Handler) http.Handler { return next }

// Counter returns the limiter's counter.
func (l *RateLimiter) Counter() LimitCounter { return l.limitCounter }

// OnLimit reports whether the request is over the limit, and if so
// responds.
func (l *RateLimiter) OnLimit(w http.ResponseWriter, r *http.Request, key string) bool {
	return false
}

// LimitBy returns a middleware limiting by the keys keyFn returns.
func LimitBy(requestLimit int, windowLength time.Duration, keyFn KeyFunc, options ...Option) func(next http.Handler) http.Handler {
	return NewRateLimiter(requestLimit, windowLength, append(options, WithKeyFuncs(keyFn))...).Handler
}

// Limit returns a middleware limiting as options say.
func Limit(requestLimit int, windowLength time.Duration, options ...Option) func(next http.Handler) http.Handler {
	return NewRateLimiter(requestLimit, windowLength, options...).Handler
}

// LimitAll limits all requests together.
func LimitAll(requestLimit int, windowLength time.Duration) func(next http.Handler) http.Handler {
	return Limit(requestLimit, windowLength)
}

// LimitByIP limits by the connection's IP address.
func LimitByIP(requestLimit int, windowLength time.Duration) func(next http.Handler) http.Handler {
	return Limit(requestLimit, windowLength, WithKeyFuncs(KeyByIP))
}

// LimitByRealIP limits by the client IP taken from proxy headers.
func LimitByRealIP(requestLimit int, windowLength time.Duration) func(next http.Handler) http.Handler {
	return Limit(requestLimit, windowLength, WithKeyFuncs(KeyByRealIP))
}

// Key returns a KeyFunc that always returns key.
func Key(key string) func(r *http.Request) (string, error) {
	return func(r *http.Request) (string, error) { return key, nil }
}

// KeyByIP keys by the connection's IP address.
func KeyByIP(r *http.Request) (string, error) { return r.RemoteAddr, nil }

// KeyByRealIP keys by the client IP taken from proxy headers.
func KeyByRealIP(r *http.Request) (string, error) { return r.RemoteAddr, nil }

// KeyByEndpoint keys by the request path.
func KeyByEndpoint(r *http.Request) (string, error) { return r.URL.Path, nil }

// WithKeyFuncs sets the key functions.
func WithKeyFuncs(keyFuncs ...KeyFunc) Option { return func(rl *RateLimiter) {} }

// WithKeyByIP keys by the connection's IP address.
func WithKeyByIP() Option { return WithKeyFuncs(KeyByIP) }

// WithKeyByRealIP keys by the client IP taken from proxy headers.
func WithKeyByRealIP() Option { return WithKeyFuncs(KeyByRealIP) }

// WithLimitHandler sets the handler of requests over the limit.
func WithLimitHandler(h http.HandlerFunc) Option { return func(rl *RateLimiter) {} }

// WithErrorHandler sets the handler of counter errors.
func WithErrorHandler(h func(http.ResponseWriter, *http.Request, error)) Option {
	return func(rl *RateLimiter) {}
}

// WithLimitCounter sets the counter, such as a Redis one.
func WithLimitCounter(c LimitCounter) Option {
	return func(rl *RateLimiter) { rl.limitCounter = c }
}

// WithResponseHeaders sets the response header names.
func WithResponseHeaders(headers ResponseHeaders) Option { return func(rl *RateLimiter) {} }

// WithNoop disables the limiter.
func WithNoop() Option { return func(rl *RateLimiter) {} }

// NewLocalLimitCounter returns an in-process counter.
func NewLocalLimitCounter(windowLength time.Duration) *localCounter {
	return &localCounter{counters: map[uint64]int{}}
}

type localCounter struct {
	counters map[uint64]int
}

func (c *localCounter) Config(requestLimit int, windowLength time.Duration) {}
func (c *localCounter) Increment(key string, currentWindow time.Time) error { return nil }
func (c *localCounter) IncrementBy(key string, currentWindow time.Time, amount int) error {
	return nil
}
func (c *localCounter) Get(key string, currentWindow, previousWindow time.Time) (int, int, error) {
	return 0, 0, nil
}
