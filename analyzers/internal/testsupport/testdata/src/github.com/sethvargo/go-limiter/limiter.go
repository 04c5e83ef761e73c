// Package limiter is a test stub mirroring the exported API of
// github.com/sethvargo/go-limiter v1.0.0 used by statecheck's tests.
package limiter

import "context"

// Store is a rate limiter backend.
type Store interface {
	Take(ctx context.Context, key string) (tokens, remaining, reset uint64, ok bool, err error)
	Close(ctx context.Context) error
}
