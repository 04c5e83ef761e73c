// Package store keeps files on the local disk for whoever calls it.
package store

import (
	"os"
	"path/filepath"
)

// Store writes files under its directory.
type Store struct {
	Dir string
}

// Put writes data under the store's directory.
func (s *Store) Put(name string, data []byte) error {
	return os.WriteFile(filepath.Join(s.Dir, name), data, 0o644)
}

// PutAt writes data at path.
func PutAt(path string, data []byte) error {
	return os.WriteFile(path, data, 0o644)
}
