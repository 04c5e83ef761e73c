// Package spool keeps request bodies in temporary files for whoever
// calls it.
package spool

import (
	"io"
	"os"
)

// New returns a temporary file holding body: the caller removes it.
func New(body io.Reader) (*os.File, error) {
	f, err := os.CreateTemp("", "spool")
	if err != nil {
		return nil, err
	}
	_, err = io.Copy(f, body)
	return f, err
}

// Count spools body to a temporary file it never removes.
func Count(body io.Reader) (int64, error) {
	f, err := os.CreateTemp("", "count")
	if err != nil {
		return 0, err
	}
	return io.Copy(f, body)
}

// Discard closes and removes a file New returned.
func Discard(f *os.File) {
	f.Close()
	os.Remove(f.Name())
}
