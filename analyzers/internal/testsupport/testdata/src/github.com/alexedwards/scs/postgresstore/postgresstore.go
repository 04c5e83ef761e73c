// Package postgresstore is a test stub mirroring the exported API of
// github.com/alexedwards/scs/postgresstore
// v0.0.0-20251002162104-209de6e426de: a shared PostgreSQL session store.
package postgresstore

import (
	"database/sql"
	"time"
)

// PostgresStore represents the session store.
type PostgresStore struct {
	db *sql.DB
}

// Config defines configuration options for the PostgresStore.
type Config struct {
	CleanUpInterval time.Duration
	TableName       string
}

// New returns a new PostgresStore instance, with a background cleanup
// goroutine that runs every 5 minutes to remove expired session data.
func New(db *sql.DB) *PostgresStore { return &PostgresStore{db: db} }

// NewWithCleanupInterval returns a new PostgresStore instance with the given
// cleanup interval.
func NewWithCleanupInterval(db *sql.DB, cleanupInterval time.Duration) *PostgresStore {
	return &PostgresStore{db: db}
}

// NewWithConfig returns a new PostgresStore instance with the given
// configuration.
func NewWithConfig(db *sql.DB, config Config) *PostgresStore { return &PostgresStore{db: db} }

// Find returns the data for a given session token from the PostgresStore
// instance.
func (p *PostgresStore) Find(token string) (b []byte, exists bool, err error) {
	return nil, false, nil
}

// Commit adds a session token and data to the PostgresStore instance with
// the given expiry time.
func (p *PostgresStore) Commit(token string, b []byte, expiry time.Time) error { return nil }

// Delete removes a session token and corresponding data from the
// PostgresStore instance.
func (p *PostgresStore) Delete(token string) error { return nil }

// All returns a map containing the token and data for all active (i.e. not
// expired) sessions in the PostgresStore instance.
func (p *PostgresStore) All() (map[string][]byte, error) { return nil, nil }

// StopCleanup terminates the background cleanup goroutine.
func (p *PostgresStore) StopCleanup() {}
