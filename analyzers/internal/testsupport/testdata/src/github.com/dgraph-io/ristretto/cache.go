// Package ristretto is a test stub mirroring the exported API of
// github.com/dgraph-io/ristretto v0.2.0 used by statecheck's tests.
package ristretto

import (
	"errors"
	"sync"
	"time"
)

// Cache is a thread-safe implementation of a hashmap with a TinyLFU
// admission policy and a Sampled LFU eviction policy.
type Cache struct {
	mu      sync.RWMutex
	store   map[interface{}]interface{}
	maxCost int64
}

// Config is passed to NewCache for creating new Cache instances.
type Config struct {
	// NumCounters determines the number of counters (keys) to keep that
	// hold access frequency information.
	NumCounters int64
	// MaxCost can be considered as the cache capacity, in whatever units
	// you choose to use.
	MaxCost int64
	// BufferItems determines the size of Get buffers.
	BufferItems int64
	// Metrics determines whether cache statistics are kept during the
	// cache's lifetime.
	Metrics bool
	// OnEvict is called for every eviction and passes the hashed key,
	// value, and cost to the function.
	OnEvict func(item *Item)
	// OnReject is called for every rejection done via the policy.
	OnReject func(item *Item)
	// OnExit is called whenever a value is removed from cache.
	OnExit func(val interface{})
	// Cost evaluates a value and outputs a corresponding cost.
	Cost func(value interface{}) int64
	// IgnoreInternalCost set to true indicates to the cache that the cost
	// of internally storing the value should be ignored.
	IgnoreInternalCost bool
}

// Item is passed to setBuf so items can eventually be added to the cache.
type Item struct {
	Key        uint64
	Conflict   uint64
	Value      interface{}
	Cost       int64
	Expiration time.Time
}

// NewCache returns a new Cache instance and any configuration errors, if
// any.
func NewCache(config *Config) (*Cache, error) {
	switch {
	case config.NumCounters == 0:
		return nil, errors.New("NumCounters can't be zero")
	case config.MaxCost == 0:
		return nil, errors.New("MaxCost can't be zero")
	case config.BufferItems == 0:
		return nil, errors.New("BufferItems can't be zero")
	}
	return &Cache{store: make(map[interface{}]interface{}), maxCost: config.MaxCost}, nil
}

// Wait blocks until all buffered writes have been applied.
func (c *Cache) Wait() {}

// Get returns the value (if any) and a boolean representing whether the
// value was found or not.
func (c *Cache) Get(key interface{}) (interface{}, bool) {
	if c == nil || key == nil {
		return nil, false
	}
	c.mu.RLock()
	defer c.mu.RUnlock()
	v, ok := c.store[key]
	return v, ok
}

// Set attempts to add the key-value item to the cache.
func (c *Cache) Set(key, value interface{}, cost int64) bool {
	return c.SetWithTTL(key, value, cost, 0*time.Second)
}

// SetWithTTL works like Set but adds a key-value pair to the cache that
// will expire after the specified TTL (time to live) has passed.
func (c *Cache) SetWithTTL(key, value interface{}, cost int64, ttl time.Duration) bool {
	if c == nil || key == nil {
		return false
	}
	c.mu.Lock()
	defer c.mu.Unlock()
	c.store[key] = value
	return true
}

// Del deletes the key-value item from the cache if it exists.
func (c *Cache) Del(key interface{}) {
	if c == nil || key == nil {
		return
	}
	c.mu.Lock()
	defer c.mu.Unlock()
	delete(c.store, key)
}

// Close stops all goroutines and closes all channels.
func (c *Cache) Close() {}

// Clear empties the hashmap and zeroes all policy counters.
func (c *Cache) Clear() {
	if c == nil {
		return
	}
	c.mu.Lock()
	defer c.mu.Unlock()
	clear(c.store)
}

// MaxCost returns the max cost of the cache.
func (c *Cache) MaxCost() int64 { return c.maxCost }
