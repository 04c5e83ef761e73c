// Package redis is a test stub mirroring
// github.com/ulule/limiter/v3/drivers/store/redis v3.11.2: a shared store of
// counters in Redis. Client declares the subset of the real interface's
// methods that the go-redis stub provides (the real one also needs Watch,
// EvalSha and ScriptLoad).
package redis

import (
	"context"
	"time"

	libredis "github.com/redis/go-redis/v9"
	"github.com/ulule/limiter/v3"
)

// Client is an interface thats allows to use a redis cluster or a redis
// single client seamlessly.
type Client interface {
	Get(ctx context.Context, key string) *libredis.StringCmd
	Set(ctx context.Context, key string, value interface{}, expiration time.Duration) *libredis.StatusCmd
	Del(ctx context.Context, keys ...string) *libredis.IntCmd
	SetNX(ctx context.Context, key string, value interface{}, expiration time.Duration) *libredis.BoolCmd
}

// Store is the redis store.
type Store struct {
	Prefix string
	client Client
}

// NewStore returns an instance of redis store with defaults.
func NewStore(client Client) (limiter.Store, error) { return &Store{client: client}, nil }

// NewStoreWithOptions returns an instance of redis store with options.
func NewStoreWithOptions(client Client, options limiter.StoreOptions) (limiter.Store, error) {
	return &Store{Prefix: options.Prefix, client: client}, nil
}

// Increment increments the limit by given count & gives back the new limit
// for given identifier.
func (store *Store) Increment(ctx context.Context, key string, count int64, rate limiter.Rate) (limiter.Context, error) {
	return limiter.Context{}, nil
}

// Get returns the limit for given identifier.
func (store *Store) Get(ctx context.Context, key string, rate limiter.Rate) (limiter.Context, error) {
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
