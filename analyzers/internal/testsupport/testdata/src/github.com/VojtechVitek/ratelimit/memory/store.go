// Package memory is a test stub mirroring the exported API of
// github.com/VojtechVitek/ratelimit/memory used by statecheck's tests.
package memory

import "time"

type bucketStore struct{}

// New creates an in-memory token bucket store.
func New() *bucketStore { return &bucketStore{} }

func (s *bucketStore) InitRate(rate int, window time.Duration) {}
func (s *bucketStore) Take(key string) (bool, int, error)      { return true, 0, nil }
