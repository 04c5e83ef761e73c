// Package cache is a test stub mirroring the exported API of
// github.com/Code-Hex/go-generics-cache v1.5.1 used by statecheck's tests.
package cache

// Cache is a generic in-memory cache.
type Cache[K comparable, V any] struct{ m map[K]V }

// Option configures a Cache.
type Option[K comparable, V any] func(*Cache[K, V])

// New creates a cache.
func New[K comparable, V any](opts ...Option[K, V]) *Cache[K, V] { return &Cache[K, V]{m: map[K]V{}} }

// ItemOption configures one entry.
type ItemOption func(*struct{})

// Get returns the value under key.
func (c *Cache[K, V]) Get(key K) (V, bool) { v, ok := c.m[key]; return v, ok }

// Set stores val under key.
func (c *Cache[K, V]) Set(key K, val V, opts ...ItemOption) { c.m[key] = val }

// Delete removes key.
func (c *Cache[K, V]) Delete(key K) { delete(c.m, key) }
