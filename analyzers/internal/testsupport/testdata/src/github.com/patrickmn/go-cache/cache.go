// Package cache is a test stub mirroring the exported API of
// github.com/patrickmn/go-cache v2.1.0 used by statecheck's tests.
package cache

import (
	"fmt"
	"sync"
	"time"
)

// Item is a cached value with its expiration.
type Item struct {
	Object     interface{}
	Expiration int64
}

// Expired returns true if the item has expired.
func (item Item) Expired() bool {
	if item.Expiration == 0 {
		return false
	}
	return time.Now().UnixNano() > item.Expiration
}

const (
	// For use with functions that take an expiration time.
	NoExpiration time.Duration = -1
	// For use with functions that take an expiration time. Equivalent to
	// passing in the same expiration duration as was given to New() or
	// NewFrom() when the cache was created (e.g. 5 minutes.)
	DefaultExpiration time.Duration = 0
)

// Cache is an in-memory key:value store. Its methods are those of the
// embedded *cache.
type Cache struct {
	*cache
	// If this is confusing, see the comment at the bottom of New()
}

type cache struct {
	defaultExpiration time.Duration
	items             map[string]Item
	mu                sync.RWMutex
	onEvicted         func(string, interface{})
}

// Set adds an item to the cache, replacing any existing item. If the
// duration is 0 (DefaultExpiration), the cache's default expiration time
// is used. If it is -1 (NoExpiration), the item never expires.
func (c *cache) Set(k string, x interface{}, d time.Duration) {
	var e int64
	if d == DefaultExpiration {
		d = c.defaultExpiration
	}
	if d > 0 {
		e = time.Now().Add(d).UnixNano()
	}
	c.mu.Lock()
	c.items[k] = Item{
		Object:     x,
		Expiration: e,
	}
	c.mu.Unlock()
}

// SetDefault adds an item to the cache, replacing any existing item,
// using the default expiration.
func (c *cache) SetDefault(k string, x interface{}) {
	c.Set(k, x, DefaultExpiration)
}

// Add an item to the cache only if an item doesn't already exist for the
// given key, or if the existing item has expired. Returns an error
// otherwise.
func (c *cache) Add(k string, x interface{}, d time.Duration) error {
	if _, found := c.Get(k); found {
		return fmt.Errorf("Item %s already exists", k)
	}
	c.Set(k, x, d)
	return nil
}

// Replace sets a new value for the cache key only if it already exists,
// and the existing item hasn't expired. Returns an error otherwise.
func (c *cache) Replace(k string, x interface{}, d time.Duration) error {
	if _, found := c.Get(k); !found {
		return fmt.Errorf("Item %s doesn't exist", k)
	}
	c.Set(k, x, d)
	return nil
}

// Get an item from the cache. Returns the item or nil, and a bool
// indicating whether the key was found.
func (c *cache) Get(k string) (interface{}, bool) {
	c.mu.RLock()
	defer c.mu.RUnlock()
	item, found := c.items[k]
	if !found || item.Expired() {
		return nil, false
	}
	return item.Object, true
}

// GetWithExpiration returns an item and its expiration time from the
// cache.
func (c *cache) GetWithExpiration(k string) (interface{}, time.Time, bool) {
	c.mu.RLock()
	defer c.mu.RUnlock()
	item, found := c.items[k]
	if !found || item.Expired() {
		return nil, time.Time{}, false
	}
	if item.Expiration > 0 {
		return item.Object, time.Unix(0, item.Expiration), true
	}
	return item.Object, time.Time{}, true
}

// Increment an item of type int, int8, int16, int32, int64, uintptr,
// uint, uint8, uint32, or uint64, float32 or float64 by n.
func (c *cache) Increment(k string, n int64) error {
	c.mu.Lock()
	defer c.mu.Unlock()
	v, found := c.items[k]
	if !found || v.Expired() {
		return fmt.Errorf("Item %s not found", k)
	}
	switch o := v.Object.(type) {
	case int:
		v.Object = o + int(n)
	case int64:
		v.Object = o + n
	default:
		return fmt.Errorf("The value for %s is not an integer", k)
	}
	c.items[k] = v
	return nil
}

// IncrementInt increments an item of type int by n.
func (c *cache) IncrementInt(k string, n int) (int, error) {
	c.mu.Lock()
	defer c.mu.Unlock()
	v, found := c.items[k]
	if !found || v.Expired() {
		return 0, fmt.Errorf("Item %s not found", k)
	}
	rv, ok := v.Object.(int)
	if !ok {
		return 0, fmt.Errorf("The value for %s is not an int", k)
	}
	nv := rv + n
	v.Object = nv
	c.items[k] = v
	return nv, nil
}

// Delete an item from the cache. Does nothing if the key is not in the
// cache.
func (c *cache) Delete(k string) {
	c.mu.Lock()
	delete(c.items, k)
	c.mu.Unlock()
}

// Items copies all unexpired items in the cache into a new map and
// returns it.
func (c *cache) Items() map[string]Item {
	c.mu.RLock()
	defer c.mu.RUnlock()
	m := make(map[string]Item, len(c.items))
	for k, v := range c.items {
		if v.Expired() {
			continue
		}
		m[k] = v
	}
	return m
}

// ItemCount returns the number of items in the cache.
func (c *cache) ItemCount() int {
	c.mu.RLock()
	n := len(c.items)
	c.mu.RUnlock()
	return n
}

// Flush deletes all items from the cache.
func (c *cache) Flush() {
	c.mu.Lock()
	c.items = map[string]Item{}
	c.mu.Unlock()
}

// New returns a new cache with a given default expiration duration and
// cleanup interval.
func New(defaultExpiration, cleanupInterval time.Duration) *Cache {
	if defaultExpiration == 0 {
		defaultExpiration = -1
	}
	c := &cache{
		defaultExpiration: defaultExpiration,
		items:             make(map[string]Item),
	}
	return &Cache{c}
}
