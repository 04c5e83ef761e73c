// Package afero is a test stub mirroring the part of the exported API of
// github.com/spf13/afero v1.11.0 that statecheck's tests use: the Fs and
// File interfaces, the OS, memory, base-path, layered and read-only
// filesystems, the Afero wrapper and the package-level helpers that
// write and make temporary files. Bodies do nothing; the concrete
// filesystems embed Fs in place of their own method sets.
package afero

import (
	"io"
	"os"
	"time"
)

// File represents a file in the filesystem.
type File interface {
	io.Closer
	io.Reader
	io.ReaderAt
	io.Seeker
	io.Writer
	io.WriterAt

	Name() string
	Readdir(count int) ([]os.FileInfo, error)
	Readdirnames(n int) ([]string, error)
	Stat() (os.FileInfo, error)
	Sync() error
	Truncate(size int64) error
	WriteString(s string) (ret int, err error)
}

// Fs is the filesystem interface.
type Fs interface {
	Create(name string) (File, error)
	Mkdir(name string, perm os.FileMode) error
	MkdirAll(path string, perm os.FileMode) error
	Open(name string) (File, error)
	OpenFile(name string, flag int, perm os.FileMode) (File, error)
	Remove(name string) error
	RemoveAll(path string) error
	Rename(oldname, newname string) error
	Stat(name string) (os.FileInfo, error)
	Name() string
	Chmod(name string, mode os.FileMode) error
	Chown(name string, uid, gid int) error
	Chtimes(name string, atime time.Time, mtime time.Time) error
}

// Afero wraps an Fs with convenience methods.
type Afero struct {
	Fs
}

// OsFs is a Fs implementation that uses functions provided by the os
// package.
type OsFs struct{ Fs }

// NewOsFs returns an Fs backed by the os package.
func NewOsFs() Fs { return &OsFs{} }

// MemMapFs is a filesystem held in memory.
type MemMapFs struct{ Fs }

// NewMemMapFs returns an empty in-memory Fs.
func NewMemMapFs() Fs { return &MemMapFs{} }

// BasePathFs restricts all operations to a given path within an Fs.
type BasePathFs struct{ Fs }

// NewBasePathFs returns source restricted to path.
func NewBasePathFs(source Fs, path string) Fs { return &BasePathFs{Fs: source} }

// CopyOnWriteFs is a union filesystem: reads from base, writes to layer.
type CopyOnWriteFs struct{ Fs }

// NewCopyOnWriteFs returns a filesystem that writes to layer.
func NewCopyOnWriteFs(base Fs, layer Fs) Fs { return &CopyOnWriteFs{Fs: layer} }

// CacheOnReadFs caches the files of base in layer, writing to both.
type CacheOnReadFs struct{ Fs }

// NewCacheOnReadFs returns a filesystem that caches base in layer.
func NewCacheOnReadFs(base Fs, layer Fs, cacheTime time.Duration) Fs {
	return &CacheOnReadFs{Fs: base}
}

// ReadOnlyFs refuses every write to its source.
type ReadOnlyFs struct{ Fs }

// NewReadOnlyFs returns a read-only view of source.
func NewReadOnlyFs(source Fs) Fs { return &ReadOnlyFs{Fs: source} }

// WriteFile writes data to a file named by filename.
func WriteFile(fs Fs, filename string, data []byte, perm os.FileMode) error { return nil }

// WriteReader takes a reader and a path and writes the content.
func WriteReader(fs Fs, path string, r io.Reader) error { return nil }

// ReadFile reads the file named by filename and returns the contents.
func ReadFile(fs Fs, filename string) ([]byte, error) { return nil, nil }

// TempFile creates a new temporary file in the directory dir.
func TempFile(fs Fs, dir, pattern string) (File, error) { return nil, nil }

// TempDir creates a new temporary directory in the directory dir.
func TempDir(fs Fs, dir, prefix string) (string, error) { return "", nil }

// WriteFile writes data to a file named by filename.
func (a Afero) WriteFile(filename string, data []byte, perm os.FileMode) error { return nil }

// WriteReader takes a reader and a path and writes the content.
func (a Afero) WriteReader(path string, r io.Reader) error { return nil }

// ReadFile reads the file named by filename and returns the contents.
func (a Afero) ReadFile(filename string) ([]byte, error) { return nil, nil }

// TempFile creates a new temporary file in the directory dir.
func (a Afero) TempFile(dir, pattern string) (File, error) { return nil, nil }

// TempDir creates a new temporary directory in the directory dir.
func (a Afero) TempDir(dir, prefix string) (string, error) { return "", nil }
