// Package redisstore is a test stub mirroring
// github.com/alexedwards/scs/redisstore v0.0.0-20251002162104-209de6e426de:
// a shared session store on Redis through a redigo pool.
package redisstore

import (
	"time"

	"github.com/gomodule/redigo/redis"
)

// RedisStore represents the session store.
type RedisStore struct {
	pool   *redis.Pool
	prefix string
}

// New returns a new RedisStore instance.
func New(pool *redis.Pool) *RedisStore { return NewWithPrefix(pool, "scs:session:") }

// NewWithPrefix returns a new RedisStore instance with a key prefix.
func NewWithPrefix(pool *redis.Pool, prefix string) *RedisStore {
	return &RedisStore{pool: pool, prefix: prefix}
}

// Find returns the data for a given session token from the RedisStore
// instance.
func (r *RedisStore) Find(token string) (b []byte, exists bool, err error) { return nil, false, nil }

// Commit adds a session token and data to the RedisStore instance with the
// given expiry time.
func (r *RedisStore) Commit(token string, b []byte, expiry time.Time) error { return nil }

// Delete removes a session token and corresponding data from the RedisStore
// instance.
func (r *RedisStore) Delete(token string) error { return nil }

// All returns a map containing the token and data for all active (i.e.
// not expired) sessions in the RedisStore instance.
func (r *RedisStore) All() (map[string][]byte, error) { return nil, nil }
