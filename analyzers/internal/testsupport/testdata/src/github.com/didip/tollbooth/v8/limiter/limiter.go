// Package limiter is a test stub mirroring the exported API of
// github.com/didip/tollbooth/v8/limiter v8.0.1 used by statecheck's tests.
package limiter

import "time"

// ExpirableOptions are options used for new limiter creation.
type ExpirableOptions struct {
	DefaultExpirationTTL time.Duration
	ExpireJobInterval    time.Duration
}

// Limiter is a config struct to limit a particular request handler.
type Limiter struct{ max float64 }

// New is a constructor for Limiter.
func New(generalExpirableOptions *ExpirableOptions) *Limiter { return &Limiter{} }

// SetMax is thread-safe way of setting maximum number of requests to limit per duration.
func (l *Limiter) SetMax(max float64) *Limiter { l.max = max; return l }
