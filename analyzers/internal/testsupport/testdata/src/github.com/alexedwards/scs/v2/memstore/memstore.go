// Package memstore is a test stub mirroring the exported API of
// github.com/alexedwards/scs/v2/memstore v2.9.0: an in-process map of
// sessions with a cleanup goroutine.
package memstore

import "time"

// MemStore represents the session store.
type MemStore struct {
	items map[string][]byte
}

// New returns a new MemStore instance, with a background cleanup goroutine
// that runs every minute to remove expired session data.
func New() *MemStore { return NewWithCleanupInterval(time.Minute) }

// NewWithCleanupInterval returns a new MemStore instance with the given
// cleanup interval.
func NewWithCleanupInterval(cleanupInterval time.Duration) *MemStore {
	return &MemStore{items: map[string][]byte{}}
}

// Find returns the data for a given session token from the MemStore
// instance.
func (m *MemStore) Find(token string) ([]byte, bool, error) {
	b, ok := m.items[token]
	return b, ok, nil
}

// Commit adds a session token and data to the MemStore instance with the
// given expiry time.
func (m *MemStore) Commit(token string, b []byte, expiry time.Time) error {
	m.items[token] = b
	return nil
}

// Delete removes a session token and corresponding data from the MemStore
// instance.
func (m *MemStore) Delete(token string) error {
	delete(m.items, token)
	return nil
}

// All returns a map containing the token and data for all active (i.e.
// not expired) sessions.
func (m *MemStore) All() (map[string][]byte, error) { return m.items, nil }

// StopCleanup terminates the background cleanup goroutine.
func (m *MemStore) StopCleanup() {}
