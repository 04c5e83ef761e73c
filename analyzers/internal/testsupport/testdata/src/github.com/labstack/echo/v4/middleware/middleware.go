// Package middleware is a test stub mirroring the exported API of
// github.com/labstack/echo/v4/middleware v4.13.4 that statecheck's tests
// use: common middleware and the rate limiter, whose memory store keeps a
// map of visitors in process memory (rate_limiter.go:153-246).
package middleware

import (
	"time"

	"github.com/labstack/echo/v4"
	"golang.org/x/time/rate"
)

// Skipper defines a function to skip middleware.
type Skipper func(c echo.Context) bool

// BeforeFunc defines a function which is executed just before the
// middleware.
type BeforeFunc func(c echo.Context)

// DefaultSkipper returns false which processes the middleware.
func DefaultSkipper(echo.Context) bool { return false }

func pass(next echo.HandlerFunc) echo.HandlerFunc { return next }

// Logger returns a middleware that logs HTTP requests.
func Logger() echo.MiddlewareFunc { return pass }

// Recover returns a middleware which recovers from panics anywhere in the
// chain.
func Recover() echo.MiddlewareFunc { return pass }

// CORS returns a Cross-Origin Resource Sharing (CORS) middleware.
func CORS() echo.MiddlewareFunc { return pass }

// ContextTimeout returns a middleware which returns error 503 Service
// Unavailable error to HTTP client immediately after the handler's context
// times out. It replaces the request with one carrying the deadline:
// c.SetRequest(c.Request().WithContext(timeoutContext)).
func ContextTimeout(timeout time.Duration) echo.MiddlewareFunc { return pass }

// RateLimiterStore is the interface to be implemented by custom stores.
type RateLimiterStore interface {
	Allow(identifier string) (bool, error)
}

// Extractor is used to extract data from echo.Context.
type Extractor func(context echo.Context) (string, error)

// RateLimiterConfig defines the configuration for the rate limiter.
type RateLimiterConfig struct {
	Skipper             Skipper
	BeforeFunc          BeforeFunc
	IdentifierExtractor Extractor
	Store               RateLimiterStore
	ErrorHandler        func(context echo.Context, err error) error
	DenyHandler         func(context echo.Context, identifier string, err error) error
}

// RateLimiter returns a rate limiting middleware.
func RateLimiter(store RateLimiterStore) echo.MiddlewareFunc { return pass }

// RateLimiterWithConfig returns a rate limiting middleware.
func RateLimiterWithConfig(config RateLimiterConfig) echo.MiddlewareFunc { return pass }

// RateLimiterMemoryStore is the built-in store implementation for
// RateLimiter.
type RateLimiterMemoryStore struct {
	visitors  map[string]*Visitor
	rate      rate.Limit
	burst     int
	expiresIn time.Duration
}

// Visitor signifies a unique user's limiter details.
type Visitor struct {
	*rate.Limiter
	lastSeen time.Time
}

// NewRateLimiterMemoryStore returns an instance of RateLimiterMemoryStore
// with the provided rate (as req/s).
func NewRateLimiterMemoryStore(rate rate.Limit) (store *RateLimiterMemoryStore) {
	return NewRateLimiterMemoryStoreWithConfig(RateLimiterMemoryStoreConfig{Rate: rate})
}

// NewRateLimiterMemoryStoreWithConfig returns an instance of
// RateLimiterMemoryStore with the provided configuration.
func NewRateLimiterMemoryStoreWithConfig(config RateLimiterMemoryStoreConfig) (store *RateLimiterMemoryStore) {
	return &RateLimiterMemoryStore{visitors: map[string]*Visitor{}, rate: config.Rate, burst: config.Burst, expiresIn: config.ExpiresIn}
}

// RateLimiterMemoryStoreConfig represents configuration for
// RateLimiterMemoryStore.
type RateLimiterMemoryStoreConfig struct {
	Rate      rate.Limit
	Burst     int
	ExpiresIn time.Duration
}

// Allow implements RateLimiterStore.Allow.
func (store *RateLimiterMemoryStore) Allow(identifier string) (bool, error) { return true, nil }
