// Package pgxpool is a test stub mirroring the exported API of
// github.com/jackc/pgx/v5/pgxpool v5.13.0 used by statecheck's tests.
package pgxpool

import (
	"context"
	"errors"
	"sync"

	"github.com/jackc/pgx/v5"
	"github.com/jackc/pgx/v5/pgconn"
)

var errPoolUnavailable = errors.New("pgxpool: stub pool has no database")

// Pool allows for connection reuse.
type Pool struct {
	connString string

	closeOnce sync.Once
	closeChan chan struct{}
}

// New creates a new Pool. See [ParseConfig] for information on connString
// format.
func New(ctx context.Context, connString string) (*Pool, error) {
	return &Pool{connString: connString, closeChan: make(chan struct{})}, nil
}

// Close closes all connections in the pool and rejects future Acquire
// calls. Blocks until all connections are returned to pool and closed.
func (p *Pool) Close() {
	p.closeOnce.Do(func() {
		close(p.closeChan)
	})
}

// Exec acquires a connection from the Pool and executes the given SQL.
func (p *Pool) Exec(ctx context.Context, sql string, arguments ...any) (pgconn.CommandTag, error) {
	return pgconn.CommandTag{}, errPoolUnavailable
}

// QueryRow acquires a connection and executes a query that is expected to
// return at most one row (pgx.Row).
func (p *Pool) QueryRow(ctx context.Context, sql string, args ...any) pgx.Row {
	return errRow{err: errPoolUnavailable}
}

// Begin acquires a connection from the Pool and starts a transaction.
func (p *Pool) Begin(ctx context.Context) (pgx.Tx, error) {
	return nil, errPoolUnavailable
}

// Ping acquires a connection from the Pool and executes an empty sql
// statement against it.
func (p *Pool) Ping(ctx context.Context) error {
	return errPoolUnavailable
}

type errRow struct {
	err error
}

func (e errRow) Scan(dest ...any) error { return e.err }
