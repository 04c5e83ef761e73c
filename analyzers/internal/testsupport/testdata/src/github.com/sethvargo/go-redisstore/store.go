// Package redisstore is a test stub mirroring the exported API of
// github.com/sethvargo/go-redisstore v0.3.0 used by statecheck's tests.
package redisstore

import (
	"context"
	"time"

	"github.com/sethvargo/go-limiter"
)

// Config configures the Redis store.
type Config struct {
	Tokens   uint64
	Interval time.Duration
	Dial     func() (interface{}, error)
}

type store struct{}

func (*store) Take(context.Context, string) (uint64, uint64, uint64, bool, error) {
	return 0, 0, 0, true, nil
}
func (*store) Close(context.Context) error { return nil }

// New creates a Redis-backed rate limiter store.
func New(c *Config) (limiter.Store, error) { return &store{}, nil }
