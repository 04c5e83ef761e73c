// Package throttled is a test stub mirroring the exported API of
// github.com/throttled/throttled/v2 v2.12.0 used by statecheck's tests.
package throttled

import (
	"net/http"
	"time"
)

// GCRAStore is the store of a GCRA rate limiter.
type GCRAStore interface {
	GetWithTime(key string) (int64, time.Time, error)
	SetIfNotExistsWithTTL(key string, value int64, ttl time.Duration) (bool, error)
	CompareAndSwapWithTTL(key string, old, new int64, ttl time.Duration) (bool, error)
}

// RateQuota is a rate and a burst.
type RateQuota struct {
	MaxRate  int
	MaxBurst int
}

// GCRARateLimiter limits with the GCRA algorithm.
type GCRARateLimiter struct{}

// NewGCRARateLimiter makes a limiter over store.
func NewGCRARateLimiter(st GCRAStore, quota RateQuota) (*GCRARateLimiter, error) {
	return &GCRARateLimiter{}, nil
}

// RateLimitResult is the state of a key's limit after a request.
type RateLimitResult struct {
	Limit, Remaining       int
	ResetAfter, RetryAfter time.Duration
}

// RateLimiter decides whether a key may go on.
type RateLimiter interface {
	RateLimit(key string, quantity int) (bool, RateLimitResult, error)
}

// RateLimit counts quantity against key.
func (g *GCRARateLimiter) RateLimit(key string, quantity int) (bool, RateLimitResult, error) {
	return false, RateLimitResult{}, nil
}

// VaryBy builds a request's key from the parts it names.
type VaryBy struct {
	RemoteAddr bool
	Method     bool
	Path       bool
	Headers    []string
	Params     []string
	Cookies    []string
	Separator  string
	Custom     func(r *http.Request) string
}

// Key returns r's key.
func (vb *VaryBy) Key(r *http.Request) string { return "" }

// HTTPRateLimiter limits the requests of an http.Handler, keyed by VaryBy.
type HTTPRateLimiter struct {
	DeniedHandler http.Handler
	Error         func(w http.ResponseWriter, r *http.Request, err error)
	RateLimiter   RateLimiter
	VaryBy        interface{ Key(*http.Request) string }
}

// RateLimit wraps h.
func (t *HTTPRateLimiter) RateLimit(h http.Handler) http.Handler { return h }
