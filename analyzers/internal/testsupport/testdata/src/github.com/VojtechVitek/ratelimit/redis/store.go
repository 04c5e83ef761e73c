// Package redis is a test stub mirroring the exported API of
// github.com/VojtechVitek/ratelimit/redis at ef93da26f2970815adfc5019d3b8008ea029e4e1
// used by statecheck's tests.
package redis

import "time"

type bucketStore struct{}

// New creates a Redis token bucket store over pool.
func New(pool interface{}) *bucketStore { return &bucketStore{} }

func (s *bucketStore) InitRate(rate int, window time.Duration) {}
func (s *bucketStore) Take(key string) (bool, int, time.Time, error) {
	return true, 0, time.Time{}, nil
}
