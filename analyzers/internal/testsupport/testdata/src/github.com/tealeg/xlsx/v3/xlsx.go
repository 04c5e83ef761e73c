// Package xlsx is a test stub mirroring the part of the exported API of
// github.com/tealeg/xlsx/v3 v3.3.6 that statecheck's tests use: a file
// made, saved to a path or written to a writer.
package xlsx

import "io"

// File is a high level structure providing a slice of Sheet structs to
// the user.
type File struct{}

// NewFile creates a new File struct.
func NewFile() *File { return &File{} }

// Save the File to an xlsx file at the provided path.
func (f *File) Save(path string) error { return nil }

// Write saves the File to an xlsx file using an io.Writer.
func (f *File) Write(writer io.Writer) error { return nil }
