// Package goredisstore is a test stub mirroring the exported API of
// github.com/throttled/throttled/v2/store/goredisstore v2.12.0 used by
// statecheck's tests.
package goredisstore

import "time"

// GoRedisStore keeps the limiter's state in Redis.
type GoRedisStore struct{}

// New makes a store over client with keys under keyPrefix.
func New(client interface{}, keyPrefix string) (*GoRedisStore, error) { return &GoRedisStore{}, nil }

func (r *GoRedisStore) GetWithTime(key string) (int64, time.Time, error) { return 0, time.Time{}, nil }
func (r *GoRedisStore) SetIfNotExistsWithTTL(key string, value int64, _ time.Duration) (bool, error) {
	return true, nil
}
func (r *GoRedisStore) CompareAndSwapWithTTL(key string, old, new int64, _ time.Duration) (bool, error) {
	return true, nil
}
