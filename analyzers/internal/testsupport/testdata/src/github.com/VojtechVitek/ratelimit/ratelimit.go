// Package ratelimit is a test stub mirroring the exported API of
// github.com/VojtechVitek/ratelimit v0.0.0-20160722140851-dc172bc0f6d2
// used by statecheck's tests.
package ratelimit

import (
	"net/http"
	"time"
)

// TokenBucketStore keeps the token buckets.
type TokenBucketStore interface {
	InitRate(rate int, window time.Duration)
	Take(key string) (taken bool, remaining int, err error)
}

// RateLimiter is a rate limiting middleware builder.
type RateLimiter struct{}

// IP limits by client IP.
func IP() *RateLimiter { return &RateLimiter{} }

// Rate sets the rate.
func (l *RateLimiter) Rate(rate int, window time.Duration) *RateLimiter { return l }

// LimitBy returns the middleware counting in store.
func (l *RateLimiter) LimitBy(store TokenBucketStore, fallback ...TokenBucketStore) func(http.Handler) http.Handler {
	return func(h http.Handler) http.Handler { return h }
}
