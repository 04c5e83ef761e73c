// Package goredisstore is a test stub mirroring
// github.com/alexedwards/scs/goredisstore v0.0.0-20250212122300-421ef1d8611c:
// a shared session store on Redis through a go-redis v9 client.
package goredisstore

import (
	"context"
	"time"

	"github.com/redis/go-redis/v9"
)

// RedisStore represents the session store.
type RedisStore struct {
	client *redis.Client
	prefix string
}

// New returns a new RedisStore instance.
func New(client *redis.Client) *RedisStore { return NewWithPrefix(client, "scs:session:") }

// NewWithPrefix returns a new RedisStore instance with a key prefix.
func NewWithPrefix(client *redis.Client, prefix string) *RedisStore {
	return &RedisStore{client: client, prefix: prefix}
}

// FindCtx returns the data for a given session token.
func (r *RedisStore) FindCtx(ctx context.Context, token string) (b []byte, exists bool, err error) {
	return nil, false, nil
}

// CommitCtx adds a session token and data with the given expiry time.
func (r *RedisStore) CommitCtx(ctx context.Context, token string, b []byte, expiry time.Time) error {
	return nil
}

// DeleteCtx removes a session token and corresponding data.
func (r *RedisStore) DeleteCtx(ctx context.Context, token string) error { return nil }

// Find is FindCtx with a background context.
func (r *RedisStore) Find(token string) ([]byte, bool, error) {
	return r.FindCtx(context.Background(), token)
}

// Commit is CommitCtx with a background context.
func (r *RedisStore) Commit(token string, b []byte, expiry time.Time) error {
	return r.CommitCtx(context.Background(), token, b, expiry)
}

// Delete is DeleteCtx with a background context.
func (r *RedisStore) Delete(token string) error { return r.DeleteCtx(context.Background(), token) }
