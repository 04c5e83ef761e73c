// Package cache2go is a test stub mirroring the exported API of
// github.com/muesli/cache2go v0.0.0-20221011235721-518229cd8021 used by
// statecheck's tests.
package cache2go

import "time"

// CacheItem is one entry.
type CacheItem struct{ data interface{} }

// Data returns the item's value.
func (i *CacheItem) Data() interface{} { return i.data }

// CacheTable is a named table of items.
type CacheTable struct{ items map[interface{}]*CacheItem }

// Cache returns the table named table, creating it.
func Cache(table string) *CacheTable { return &CacheTable{items: map[interface{}]*CacheItem{}} }

// Add stores data under key for lifeSpan.
func (t *CacheTable) Add(key interface{}, lifeSpan time.Duration, data interface{}) *CacheItem {
	it := &CacheItem{data: data}
	t.items[key] = it
	return it
}

// Value returns the item under key.
func (t *CacheTable) Value(key interface{}, args ...interface{}) (*CacheItem, error) {
	return t.items[key], nil
}

// Delete removes key.
func (t *CacheTable) Delete(key interface{}) (*CacheItem, error) {
	it := t.items[key]
	delete(t.items, key)
	return it, nil
}

// Flush empties the table.
func (t *CacheTable) Flush() { t.items = map[interface{}]*CacheItem{} }
