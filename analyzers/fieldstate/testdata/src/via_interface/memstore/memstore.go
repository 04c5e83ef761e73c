// Package memstore keeps links in the process.
package memstore

import "via_interface/store"

type Store struct{ urls map[string]string }

func New() *Store { return &Store{urls: map[string]string{}} }

func (s *Store) Save(code, url string) { s.urls[code] = url }

func (s *Store) Lookup(code string) string { return s.urls[code] }

// Archive has the same methods but is never wired behind the interface.
type Archive struct{ old map[string]string }

func (a *Archive) Save(code, url string) { a.old[code] = url }

func (a *Archive) Lookup(code string) string { return a.old[code] }

// cache is unexported: the package hands it out as the interface.
type cache struct{ entries map[string]string }

func (c *cache) Save(code, url string) { c.entries[code] = url }

func (c *cache) Lookup(code string) string { return c.entries[code] }

// NewLinks returns the cache already converted, as many packages do.
func NewLinks() store.Links { return &cache{entries: map[string]string{}} }
