// Package otter is a test stub mirroring the exported API of
// github.com/maypok86/otter/v2 v2.2.1 used by statecheck's tests.
package otter

// Options configures a Cache.
type Options[K comparable, V any] struct {
	MaximumSize int
}

// Cache is a concurrent in-memory cache.
type Cache[K comparable, V any] struct{ m map[K]V }

// Must creates a cache or panics.
func Must[K comparable, V any](o *Options[K, V]) *Cache[K, V] { return &Cache[K, V]{m: map[K]V{}} }

// GetIfPresent returns the value for key.
func (c *Cache[K, V]) GetIfPresent(key K) (V, bool) { v, ok := c.m[key]; return v, ok }

// Set stores value under key.
func (c *Cache[K, V]) Set(key K, value V) (V, bool) { c.m[key] = value; return value, true }

// SetIfAbsent stores value under key unless one is present.
func (c *Cache[K, V]) SetIfAbsent(key K, value V) (V, bool) { c.m[key] = value; return value, true }

// Invalidate removes key.
func (c *Cache[K, V]) Invalidate(key K) (V, bool) { v := c.m[key]; delete(c.m, key); return v, true }

// InvalidateAll empties the cache.
func (c *Cache[K, V]) InvalidateAll() { c.m = map[K]V{} }
