// Package ratelimit is a test stub mirroring the exported API of
// github.com/VojtechVitek/ratelimit at ef93da26f2970815adfc5019d3b8008ea029e4e1
// used by statecheck's tests.
package ratelimit

import (
	"net/http"
	"time"
)

// TokenBucketStore keeps the token buckets.
type TokenBucketStore interface {
	InitRate(rate int, window time.Duration)
	Take(key string) (taken bool, remaining int, reset time.Time, err error)
}

// KeyFn picks the key a request is limited by.
type KeyFn func(r *http.Request) string

// IP limits by client IP.
func IP(r *http.Request) string { return r.RemoteAddr }

type requestBuilder struct{ keyFn KeyFn }

// Request starts a request rate limiter keyed by keyFn.
func Request(keyFn KeyFn) *requestBuilder { return &requestBuilder{keyFn: keyFn} }

// Rate sets the rate.
func (b *requestBuilder) Rate(rate int, window time.Duration) *requestBuilder { return b }

// LimitBy returns the middleware counting in store, and in the fallback
// stores while store fails.
func (b *requestBuilder) LimitBy(store TokenBucketStore, fallbackStores ...TokenBucketStore) func(http.Handler) http.Handler {
	return func(h http.Handler) http.Handler { return h }
}
