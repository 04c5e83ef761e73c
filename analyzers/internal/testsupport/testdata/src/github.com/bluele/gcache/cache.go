// Package gcache is a test stub mirroring the exported API of
// github.com/bluele/gcache v0.0.2 used by statecheck's tests.
package gcache

import "time"

// Cache is the interface every gcache cache implements.
type Cache interface {
	Set(key, value interface{}) error
	SetWithExpire(key, value interface{}, expiration time.Duration) error
	Get(key interface{}) (interface{}, error)
	Remove(key interface{}) bool
	Purge()
	Len(checkExpired bool) int
}

// CacheBuilder builds a Cache.
type CacheBuilder struct{ size int }

// New starts building a cache of size entries.
func New(size int) *CacheBuilder { return &CacheBuilder{size: size} }

// LRU selects least-recently-used eviction.
func (cb *CacheBuilder) LRU() *CacheBuilder { return cb }

// Expiration sets a default expiration.
func (cb *CacheBuilder) Expiration(d time.Duration) *CacheBuilder { return cb }

// Build returns the cache.
func (cb *CacheBuilder) Build() Cache { return &simple{m: map[interface{}]interface{}{}} }

type simple struct{ m map[interface{}]interface{} }

func (c *simple) Set(key, value interface{}) error { c.m[key] = value; return nil }
func (c *simple) SetWithExpire(key, value interface{}, _ time.Duration) error {
	c.m[key] = value
	return nil
}
func (c *simple) Get(key interface{}) (interface{}, error) { return c.m[key], nil }
func (c *simple) Remove(key interface{}) bool              { delete(c.m, key); return true }
func (c *simple) Purge()                                   { c.m = map[interface{}]interface{}{} }
func (c *simple) Len(bool) int                             { return len(c.m) }
