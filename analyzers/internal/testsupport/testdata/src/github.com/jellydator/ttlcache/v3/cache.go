// Package ttlcache is a test stub mirroring the exported API of
// github.com/jellydator/ttlcache/v3 v3.3.0 used by statecheck's tests.
package ttlcache

import "time"

// DefaultTTL uses the cache's default TTL.
const DefaultTTL time.Duration = 0

// Item is one entry.
type Item[K comparable, V any] struct{ value V }

// Value returns the item's value.
func (i *Item[K, V]) Value() V { return i.value }

// Option configures a Cache.
type Option[K comparable, V any] func(*Cache[K, V])

// WithTTL sets the default TTL.
func WithTTL[K comparable, V any](ttl time.Duration) Option[K, V] { return func(*Cache[K, V]) {} }

// Cache is a TTL cache.
type Cache[K comparable, V any] struct{ m map[K]*Item[K, V] }

// New creates a cache.
func New[K comparable, V any](opts ...Option[K, V]) *Cache[K, V] {
	return &Cache[K, V]{m: map[K]*Item[K, V]{}}
}

// Get returns the item under key, or nil.
func (c *Cache[K, V]) Get(key K) *Item[K, V] { return c.m[key] }

// Set stores value under key for ttl.
func (c *Cache[K, V]) Set(key K, value V, ttl time.Duration) *Item[K, V] {
	it := &Item[K, V]{value: value}
	c.m[key] = it
	return it
}

// Delete removes key.
func (c *Cache[K, V]) Delete(key K) { delete(c.m, key) }

// DeleteAll empties the cache.
func (c *Cache[K, V]) DeleteAll() { c.m = map[K]*Item[K, V]{} }
