// Package memstore keeps links in the process.
package memstore

type Store struct{ urls map[string]string }

func New() *Store { return &Store{urls: map[string]string{}} }

func (s *Store) Save(code, url string) { s.urls[code] = url }

func (s *Store) Lookup(code string) string { return s.urls[code] }

// Archive has the same methods but is never wired behind the interface.
type Archive struct{ old map[string]string }

func (a *Archive) Save(code, url string) { a.old[code] = url }

func (a *Archive) Lookup(code string) string { return a.old[code] }
