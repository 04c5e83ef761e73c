// Package memstore is a test stub mirroring the exported API of
// github.com/throttled/throttled/v2/store/memstore v2.12.0 used by
// statecheck's tests.
package memstore

import "time"

// MemStore is an in-memory store.
type MemStore struct{}

// New initializes a store of at most maxKeys keys.
func New(maxKeys int) (*MemStore, error) { return &MemStore{}, nil }

func (ms *MemStore) GetWithTime(key string) (int64, time.Time, error) { return 0, time.Time{}, nil }
func (ms *MemStore) SetIfNotExistsWithTTL(key string, value int64, _ time.Duration) (bool, error) {
	return true, nil
}
func (ms *MemStore) CompareAndSwapWithTTL(key string, old, new int64, _ time.Duration) (bool, error) {
	return true, nil
}
