// Package fastcache is a test stub mirroring the exported API of
// github.com/VictoriaMetrics/fastcache v1.12.2 used by statecheck's tests.
package fastcache

// Cache is a fast thread-safe in-memory cache of byte slices.
type Cache struct{ m map[string][]byte }

// New returns a cache of at most maxBytes.
func New(maxBytes int) *Cache { return &Cache{m: map[string][]byte{}} }

// Set stores (k, v).
func (c *Cache) Set(k, v []byte) { c.m[string(k)] = v }

// Get appends the value under k to dst.
func (c *Cache) Get(dst, k []byte) []byte { return append(dst, c.m[string(k)]...) }

// HasGet is Get that also says whether k was found.
func (c *Cache) HasGet(dst, k []byte) ([]byte, bool) {
	v, ok := c.m[string(k)]
	return append(dst, v...), ok
}

// Del removes k.
func (c *Cache) Del(k []byte) { delete(c.m, string(k)) }

// Reset empties the cache.
func (c *Cache) Reset() { c.m = map[string][]byte{} }
