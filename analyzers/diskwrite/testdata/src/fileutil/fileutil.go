// Package fileutil opens files with the flag its callers choose.
package fileutil

import "os"

// Open opens name with flag.
func Open(name string, flag int) (*os.File, error) {
	return os.OpenFile(name, flag, 0o644)
}

// OpenAppend opens name for appending, with extra flags.
func OpenAppend(name string, extra int) (*os.File, error) {
	return Open(name, extra|os.O_APPEND)
}
