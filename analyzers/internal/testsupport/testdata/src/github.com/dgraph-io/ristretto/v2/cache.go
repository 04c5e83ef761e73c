// Package ristretto is a test stub mirroring the exported API of
// github.com/dgraph-io/ristretto/v2 v2.4.2 used by statecheck's tests.
package ristretto

import (
	"errors"
	"sync"
	"time"

	"github.com/dgraph-io/ristretto/v2/z"
)

// Key is the generic type to represent the keys type in key-value pair of
// the cache.
type Key = z.Key

// Cache is a thread-safe implementation of a hashmap with a TinyLFU
// admission policy and a Sampled LFU eviction policy.
type Cache[K Key, V any] struct {
	mu      sync.RWMutex
	store   map[uint64]V
	maxCost int64
	hash    func(key K) (uint64, uint64)
}

// Config is passed to NewCache for creating new Cache instances.
type Config[K Key, V any] struct {
	// NumCounters determines the number of counters (keys) to keep that
	// hold access frequency information.
	NumCounters int64
	// MaxCost is how eviction decisions are made.
	MaxCost int64
	// BufferItems determines the size of Get buffers.
	BufferItems int64
	// Metrics is true when you want variety of stats about the cache.
	Metrics bool
	// OnEvict is called for every eviction with the evicted item.
	OnEvict func(item *Item[V])
	// OnReject is called for every rejection done via the policy.
	OnReject func(item *Item[V])
	// OnExit is called whenever a value is removed from cache.
	OnExit func(val V)
	// KeyToHash function is used to customize the key hashing algorithm.
	KeyToHash func(key K) (uint64, uint64)
	// Cost evaluates a value and outputs a corresponding cost.
	Cost func(value V) int64
	// IgnoreInternalCost set to true indicates to the cache that the cost
	// of internally storing the value should be ignored.
	IgnoreInternalCost bool
}

// Item is a full representation of what's stored in the cache for each
// key-value pair.
type Item[V any] struct {
	Key        uint64
	Conflict   uint64
	Value      V
	Cost       int64
	Expiration time.Time
}

// NewCache returns a new Cache instance and any configuration errors, if
// any.
func NewCache[K Key, V any](config *Config[K, V]) (*Cache[K, V], error) {
	switch {
	case config.NumCounters == 0:
		return nil, errors.New("NumCounters can't be zero")
	case config.MaxCost == 0:
		return nil, errors.New("Capacity can't be zero")
	case config.BufferItems == 0:
		return nil, errors.New("BufferItems can't be zero")
	}
	return &Cache[K, V]{store: make(map[uint64]V), maxCost: config.MaxCost, hash: config.KeyToHash}, nil
}

func (c *Cache[K, V]) keyHash(key K) uint64 {
	if c.hash != nil {
		h, _ := c.hash(key)
		return h
	}
	return 0
}

// Wait blocks until all buffered writes have been applied.
func (c *Cache[K, V]) Wait() {}

// Get returns the value (if any) and a boolean representing whether the
// value was found or not.
func (c *Cache[K, V]) Get(key K) (V, bool) {
	var zero V
	if c == nil {
		return zero, false
	}
	c.mu.RLock()
	defer c.mu.RUnlock()
	v, ok := c.store[c.keyHash(key)]
	return v, ok
}

// Set attempts to add the key-value item to the cache.
func (c *Cache[K, V]) Set(key K, value V, cost int64) bool {
	return c.SetWithTTL(key, value, cost, 0*time.Second)
}

// SetWithTTL works like Set but adds a key-value pair to the cache that
// will expire after the specified TTL (time to live) has passed.
func (c *Cache[K, V]) SetWithTTL(key K, value V, cost int64, ttl time.Duration) bool {
	if c == nil {
		return false
	}
	c.mu.Lock()
	defer c.mu.Unlock()
	c.store[c.keyHash(key)] = value
	return true
}

// Del deletes the key-value item from the cache if it exists.
func (c *Cache[K, V]) Del(key K) {
	if c == nil {
		return
	}
	c.mu.Lock()
	defer c.mu.Unlock()
	delete(c.store, c.keyHash(key))
}

// Close stops all goroutines and closes all channels.
func (c *Cache[K, V]) Close() {}

// Clear empties the hashmap and zeroes all policy counters.
func (c *Cache[K, V]) Clear() {
	if c == nil {
		return
	}
	c.mu.Lock()
	defer c.mu.Unlock()
	clear(c.store)
}

// MaxCost returns the max cost of the cache.
func (c *Cache[K, V]) MaxCost() int64 { return c.maxCost }
