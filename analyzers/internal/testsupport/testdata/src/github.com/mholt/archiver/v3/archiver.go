// Package archiver is a test stub mirroring the part of the exported API
// of github.com/mholt/archiver/v3 v3.5.1 that statecheck's tests use: the
// package-level functions that make and unpack archives at a path.
package archiver

// Archive creates an archive of the source files to a new file at
// destination.
func Archive(sources []string, destination string) error { return nil }

// Unarchive unarchives the given archive file into the destination
// folder.
func Unarchive(source, destination string) error { return nil }
