// Package memory is a test stub mirroring
// github.com/ulule/limiter/v3/drivers/store/memory v3.11.2: an in-process
// store of counters.
package memory

import (
	"context"

	"github.com/ulule/limiter/v3"
)

// Store is the in-memory store.
type Store struct {
	Prefix string
}

// NewStore creates a new instance of memory store with defaults.
func NewStore() limiter.Store { return &Store{} }

// NewStoreWithOptions creates a new instance of memory store with options.
func NewStoreWithOptions(options limiter.StoreOptions) limiter.Store {
	return &Store{Prefix: options.Prefix}
}

// Get returns the limit for given identifier.
func (store *Store) Get(ctx context.Context, key string, rate limiter.Rate) (limiter.Context, error) {
	return limiter.Context{}, nil
}

// Increment increments the limit by given count & gives back the new limit
// for given identifier.
func (store *Store) Increment(ctx context.Context, key string, count int64, rate limiter.Rate) (limiter.Context, error) {
	return limiter.Context{}, nil
}

// Peek returns the limit for given identifier, without modification on
// current values.
func (store *Store) Peek(ctx context.Context, key string, rate limiter.Rate) (limiter.Context, error) {
	return limiter.Context{}, nil
}

// Reset resets the limit to zero for given identifier.
func (store *Store) Reset(ctx context.Context, key string, rate limiter.Rate) (limiter.Context, error) {
	return limiter.Context{}, nil
}
