// Package ttlcache is a test stub mirroring the exported API of
// github.com/ReneKroon/ttlcache/v2 v2.11.0 used by statecheck's tests.
package ttlcache

import "time"

// Cache is a TTL cache.
type Cache struct{ m map[string]interface{} }

// NewCache creates a cache.
func NewCache() *Cache { return &Cache{m: map[string]interface{}{}} }

// Get returns the value under key.
func (c *Cache) Get(key string) (interface{}, error) { return c.m[key], nil }

// Set stores data under key.
func (c *Cache) Set(key string, data interface{}) error { c.m[key] = data; return nil }

// SetWithTTL stores data under key for ttl.
func (c *Cache) SetWithTTL(key string, data interface{}, ttl time.Duration) error {
	c.m[key] = data
	return nil
}

// Remove removes key.
func (c *Cache) Remove(key string) error { delete(c.m, key); return nil }

// Purge empties the cache.
func (c *Cache) Purge() error { c.m = map[string]interface{}{}; return nil }
