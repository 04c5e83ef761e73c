// Package memorystore is a test stub mirroring the exported API of
// github.com/sethvargo/go-limiter/memorystore v1.0.0 used by statecheck's
// tests.
package memorystore

import (
	"context"
	"time"

	"github.com/sethvargo/go-limiter"
)

// Config configures the in-memory store.
type Config struct {
	Tokens   uint64
	Interval time.Duration
}

type store struct{}

func (*store) Take(context.Context, string) (uint64, uint64, uint64, bool, error) {
	return 0, 0, 0, true, nil
}
func (*store) Close(context.Context) error { return nil }

// New creates an in-memory rate limiter store.
func New(c *Config) (limiter.Store, error) { return &store{}, nil }
