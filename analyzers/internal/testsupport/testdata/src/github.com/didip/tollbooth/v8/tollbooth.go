// Package tollbooth is a test stub mirroring the exported API of
// github.com/didip/tollbooth/v8 v8.0.1 used by statecheck's tests.
package tollbooth

import (
	"net/http"

	"github.com/didip/tollbooth/v8/limiter"
)

// NewLimiter is a convenience function to limiter.New.
func NewLimiter(max float64, tbOptions *limiter.ExpirableOptions) *limiter.Limiter {
	return limiter.New(tbOptions).SetMax(max)
}

// LimitHandler is a middleware that performs rate-limiting given http.Handler struct.
func LimitHandler(lmt *limiter.Limiter, next http.Handler) http.Handler { return next }

// HTTPMiddleware wraps http.Handler with tollbooth limiter.
func HTTPMiddleware(lmt *limiter.Limiter) func(http.Handler) http.Handler {
	return func(h http.Handler) http.Handler { return h }
}
