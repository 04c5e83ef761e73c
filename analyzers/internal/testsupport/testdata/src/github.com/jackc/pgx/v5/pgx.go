// Package pgx is a test stub mirroring the parts of
// github.com/jackc/pgx/v5 v5.13.0 that statecheck's tests and the pgxpool
// stub use.
package pgx

import (
	"context"
	"errors"

	"github.com/jackc/pgx/v5/pgconn"
)

// ErrNoRows occurs when rows are expected but none are returned.
var ErrNoRows = errors.New("no rows in result set")

// Row is a convenience wrapper over Rows that is returned by QueryRow.
type Row interface {
	// Scan works the same as Rows. with the following exceptions. If no
	// rows were found it returns ErrNoRows. If multiple rows are returned
	// it ignores all but the first.
	Scan(dest ...any) error
}

// Tx represents a database transaction. This stub declares the subset of
// the real interface's methods that statecheck's tests use.
type Tx interface {
	// Begin starts a pseudo nested transaction.
	Begin(ctx context.Context) (Tx, error)

	// Commit commits the transaction if this is a real transaction or
	// releases the savepoint if this is a pseudo nested transaction.
	Commit(ctx context.Context) error

	// Rollback rolls back the transaction if this is a real transaction or
	// rolls back to the savepoint if this is a pseudo nested transaction.
	Rollback(ctx context.Context) error

	Exec(ctx context.Context, sql string, arguments ...any) (commandTag pgconn.CommandTag, err error)
	QueryRow(ctx context.Context, sql string, args ...any) Row
}
