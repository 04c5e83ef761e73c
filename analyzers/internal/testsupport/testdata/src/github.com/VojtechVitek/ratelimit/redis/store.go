// Package redis is a test stub mirroring the exported API of
// github.com/VojtechVitek/ratelimit/redis used by statecheck's tests.
package redis

import "time"

type bucketStore struct{}

// New creates a Redis token bucket store over pool.
func New(pool interface{}) *bucketStore { return &bucketStore{} }

func (s *bucketStore) InitRate(rate int, window time.Duration) {}
func (s *bucketStore) Take(key string) (bool, int, error)      { return true, 0, nil }
