// Package redis is a test stub mirroring the exported API of
// github.com/go-session/redis/v3 v3.1.1 used by statecheck's tests.
package redis

import (
	"context"

	"github.com/go-session/session/v3"
)

// Options are Redis client options.
type Options struct{ Addr string }

type managerStore struct{}

func (managerStore) Create(context.Context, string, int64) (session.Store, error) { return nil, nil }

// NewRedisStore creates a session store in Redis.
func NewRedisStore(opts *Options, prefix ...string) session.ManagerStore { return managerStore{} }
