// Package limiter is a test stub mirroring the exported API of
// github.com/ulule/limiter/v3 v3.11.2 that statecheck's tests use: the
// limiter, its rate and the Store interface. The memory and redis stores
// live in drivers/store/memory and drivers/store/redis, as in the real
// module.
package limiter

import (
	"context"
	"time"
)

// Context is the limit context.
type Context struct {
	Limit     int64
	Remaining int64
	Reset     int64
	Reached   bool
}

// Limiter is the limiter instance.
type Limiter struct {
	Store Store
	Rate  Rate
}

// Option is a functional option.
type Option func(*Options)

// Options are limiter options.
type Options struct {
	TrustForwardHeader bool
}

// New returns an instance of Limiter.
func New(store Store, rate Rate, options ...Option) *Limiter {
	return &Limiter{Store: store, Rate: rate}
}

// Get returns the limit for given identifier.
func (limiter *Limiter) Get(ctx context.Context, key string) (Context, error) {
	return limiter.Store.Get(ctx, key, limiter.Rate)
}

// Rate is the rate.
type Rate struct {
	Formatted string
	Period    time.Duration
	Limit     int64
}

// NewRateFromFormatted returns the rate from a formatted version such as
// "1000-H".
func NewRateFromFormatted(formatted string) (Rate, error) { return Rate{Formatted: formatted}, nil }

// Store is the common interface for limiter stores.
type Store interface {
	Get(ctx context.Context, key string, rate Rate) (Context, error)
	Peek(ctx context.Context, key string, rate Rate) (Context, error)
	Reset(ctx context.Context, key string, rate Rate) (Context, error)
	Increment(ctx context.Context, key string, count int64, rate Rate) (Context, error)
}

// StoreOptions are options for store.
type StoreOptions struct {
	Prefix          string
	MaxRetry        int
	CleanUpInterval time.Duration
}
