// Package freecache is a test stub mirroring the exported API of
// github.com/coocood/freecache v1.2.4 used by statecheck's tests.
package freecache

// Cache is a byte-slice cache with zero GC overhead.
type Cache struct{ m map[string][]byte }

// NewCache returns a cache of size bytes.
func NewCache(size int) *Cache { return &Cache{m: map[string][]byte{}} }

// Set stores value under key for expireSeconds.
func (c *Cache) Set(key, value []byte, expireSeconds int) error {
	c.m[string(key)] = value
	return nil
}

// Get returns the value under key.
func (c *Cache) Get(key []byte) ([]byte, error) { return c.m[string(key)], nil }

// Del removes key.
func (c *Cache) Del(key []byte) bool { delete(c.m, string(key)); return true }

// Clear empties the cache.
func (c *Cache) Clear() { c.m = map[string][]byte{} }
