// Package throttled is a test stub mirroring the exported API of
// github.com/throttled/throttled/v2 v2.12.0 used by statecheck's tests.
package throttled

import "time"

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
