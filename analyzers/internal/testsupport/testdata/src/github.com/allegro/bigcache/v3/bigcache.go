// Package bigcache is a test stub mirroring the exported API of
// github.com/allegro/bigcache/v3 v3.1.0 used by statecheck's tests.
package bigcache

import (
	"context"
	"errors"
	"sync"
	"time"
)

// ErrEntryNotFound is an error type struct which is returned when entry
// was not found for provided key
var ErrEntryNotFound = errors.New("Entry not found")

// Config for BigCache
type Config struct {
	// Number of cache shards, value must be a power of two
	Shards int
	// Time after which entry can be evicted
	LifeWindow time.Duration
	// Interval between removing expired entries (clean up).
	CleanWindow time.Duration
	// Max number of entries in life window. Used only to calculate initial
	// size for cache shards.
	MaxEntriesInWindow int
	// Max size of entry in bytes. Used only to calculate initial size for
	// cache shards.
	MaxEntrySize int
	// StatsEnabled if true calculate the number of times a cached resource
	// was requested.
	StatsEnabled bool
	// Verbose mode prints information about new memory allocation
	Verbose bool
	// HardMaxCacheSize is a limit for BytesQueue size in MB.
	HardMaxCacheSize int
	// OnRemove is a callback fired when the oldest entry is removed because
	// of its expiration time or no space left for the new entry, or
	// because delete was called.
	OnRemove func(key string, entry []byte)
}

// DefaultConfig initializes config with default values.
func DefaultConfig(eviction time.Duration) Config {
	return Config{
		Shards:             1024,
		LifeWindow:         eviction,
		CleanWindow:        1 * time.Second,
		MaxEntriesInWindow: 1000 * 10 * 60,
		MaxEntrySize:       500,
		StatsEnabled:       false,
		Verbose:            true,
		HardMaxCacheSize:   0,
	}
}

// BigCache is fast, concurrent, evicting cache created to keep big number
// of entries without impact on performance.
type BigCache struct {
	lock    sync.RWMutex
	entries map[string][]byte
	config  Config
}

// New initialize new instance of BigCache
func New(ctx context.Context, config Config) (*BigCache, error) {
	return &BigCache{entries: make(map[string][]byte), config: config}, nil
}

// NewBigCache initialize new instance of BigCache
//
// Deprecated: NewBigCache is deprecated, please use New(ctx, config)
// instead, New takes in context and can gracefully shutdown with context
// cancellations
func NewBigCache(config Config) (*BigCache, error) {
	return New(context.Background(), config)
}

// Close is used to signal a shutdown of the cache when you are done with
// it.
func (c *BigCache) Close() error { return nil }

// Get reads entry for the key. It returns an ErrEntryNotFound when no
// entry exists for the given key.
func (c *BigCache) Get(key string) ([]byte, error) {
	c.lock.RLock()
	defer c.lock.RUnlock()
	entry, ok := c.entries[key]
	if !ok {
		return nil, ErrEntryNotFound
	}
	return entry, nil
}

// Set saves entry under the key
func (c *BigCache) Set(key string, entry []byte) error {
	c.lock.Lock()
	defer c.lock.Unlock()
	c.entries[key] = entry
	return nil
}

// Delete removes the key
func (c *BigCache) Delete(key string) error {
	c.lock.Lock()
	defer c.lock.Unlock()
	if _, ok := c.entries[key]; !ok {
		return ErrEntryNotFound
	}
	delete(c.entries, key)
	return nil
}

// Reset empties all cache shards
func (c *BigCache) Reset() error {
	c.lock.Lock()
	defer c.lock.Unlock()
	clear(c.entries)
	return nil
}

// Len computes number of entries in cache
func (c *BigCache) Len() int {
	c.lock.RLock()
	defer c.lock.RUnlock()
	return len(c.entries)
}
