package scs

import (
	"context"
	"time"
)

// Store is the interface for session stores.
type Store interface {
	Delete(token string) (err error)
	Find(token string) (b []byte, found bool, err error)
	Commit(token string, b []byte, expiry time.Time) (err error)
}

// IterableStore is the interface for session stores which support
// iteration.
type IterableStore interface {
	All() (map[string][]byte, error)
}

// CtxStore is an interface for session stores which take a context.Context
// parameter.
type CtxStore interface {
	Store
	DeleteCtx(ctx context.Context, token string) (err error)
	FindCtx(ctx context.Context, token string) (b []byte, found bool, err error)
	CommitCtx(ctx context.Context, token string, b []byte, expiry time.Time) (err error)
}
