// Package ccache is a test stub mirroring the exported API of
// github.com/karlseguin/ccache/v3 v3.0.5 used by statecheck's tests.
package ccache

import "time"

// Configuration configures a Cache.
type Configuration[T any] struct{ max int64 }

// Configure returns a default configuration.
func Configure[T any]() *Configuration[T] { return &Configuration[T]{max: 5000} }

// MaxSize sets the maximum number of items.
func (c *Configuration[T]) MaxSize(max int64) *Configuration[T] { c.max = max; return c }

// Item is a cached value.
type Item[T any] struct{ value T }

// Value returns the item's value.
func (i *Item[T]) Value() T { return i.value }

// Cache is an LRU cache with TTLs.
type Cache[T any] struct{ items map[string]*Item[T] }

// New creates a cache.
func New[T any](config *Configuration[T]) *Cache[T] { return &Cache[T]{items: map[string]*Item[T]{}} }

// Get returns the item for key, or nil.
func (c *Cache[T]) Get(key string) *Item[T] { return c.items[key] }

// Set stores value under key for duration.
func (c *Cache[T]) Set(key string, value T, duration time.Duration) {
	c.items[key] = &Item[T]{value: value}
}

// Replace updates the value of an existing key.
func (c *Cache[T]) Replace(key string, value T) bool {
	c.items[key] = &Item[T]{value: value}
	return true
}

// Fetch returns the cached value or calls fetch and caches its result.
func (c *Cache[T]) Fetch(key string, duration time.Duration, fetch func() (T, error)) (*Item[T], error) {
	v, err := fetch()
	return &Item[T]{value: v}, err
}

// Delete removes key.
func (c *Cache[T]) Delete(key string) bool { delete(c.items, key); return true }

// Clear empties the cache.
func (c *Cache[T]) Clear() { c.items = map[string]*Item[T]{} }
