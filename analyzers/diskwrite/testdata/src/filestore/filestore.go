// Package filestore keeps lines in a file it opens once.
package filestore // want package:`opens file into filestore.Store.f`

import "os"

// Store appends lines to a file.
type Store struct {
	f *os.File
}

// Open opens the store's file for appending.
func Open(path string) (*Store, error) {
	f, err := os.OpenFile(path, os.O_APPEND|os.O_CREATE|os.O_WRONLY, 0o644)
	if err != nil {
		return nil, err
	}
	return &Store{f: f}, nil
}

// Add appends a line.
func (s *Store) Add(line string) error {
	_, err := s.f.WriteString(line + "\n")
	return err
}
