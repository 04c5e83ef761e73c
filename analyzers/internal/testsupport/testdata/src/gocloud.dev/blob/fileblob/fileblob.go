// Package fileblob is a test stub mirroring the exported API of
// gocloud.dev/blob/fileblob v0.49.0 used by statecheck's tests.
package fileblob

import (
	"context"
	"os"
	"path/filepath"

	"gocloud.dev/blob"
	"gocloud.dev/blob/driver"
)

// Options sets options for constructing a *blob.Bucket backed by fileblob.
type Options struct {
	// If true, create the directory backing the Bucket if it does not
	// exist (using os.MkdirAll).
	CreateDir bool

	// The FileMode to use when creating directories for the top-level
	// directory backing the bucket (when CreateDir is true), and for
	// subdirectories for keys.
	DirFileMode os.FileMode

	// If true, don't use os.TempDir for temporary files, but instead place
	// them next to the actual files.
	NoTempDir bool
}

type bucket struct {
	dir  string
	opts *Options
}

// openBucket creates a driver.Bucket that reads and writes to dir.
func openBucket(dir string, opts *Options) (driver.Bucket, error) {
	if opts == nil {
		opts = &Options{}
	}
	if opts.DirFileMode == 0 {
		opts.DirFileMode = os.FileMode(0o777)
	}
	absdir, err := filepath.Abs(dir)
	if err != nil {
		return nil, err
	}
	if opts.CreateDir {
		if err := os.MkdirAll(absdir, opts.DirFileMode); err != nil {
			return nil, err
		}
	}
	return &bucket{dir: absdir, opts: opts}, nil
}

// OpenBucket creates a *blob.Bucket backed by the filesystem and rooted at
// dir, which must exist.
func OpenBucket(dir string, opts *Options) (*blob.Bucket, error) {
	drv, err := openBucket(dir, opts)
	if err != nil {
		return nil, err
	}
	return blob.NewBucket(drv), nil
}

// Close implements driver.Close.
func (b *bucket) Close() error {
	return nil
}

// NewRangeReader implements driver.NewRangeReader.
func (b *bucket) NewRangeReader(ctx context.Context, key string, offset, length int64, opts *driver.ReaderOptions) (driver.Reader, error) {
	return os.Open(filepath.Join(b.dir, filepath.FromSlash(key)))
}

// NewTypedWriter implements driver.NewTypedWriter.
func (b *bucket) NewTypedWriter(ctx context.Context, key, contentType string, opts *driver.WriterOptions) (driver.Writer, error) {
	path := filepath.Join(b.dir, filepath.FromSlash(key))
	if err := os.MkdirAll(filepath.Dir(path), b.opts.DirFileMode); err != nil {
		return nil, err
	}
	return os.Create(path)
}

// Delete implements driver.Delete.
func (b *bucket) Delete(ctx context.Context, key string, _ *driver.DeleteOptions) error {
	return os.Remove(filepath.Join(b.dir, filepath.FromSlash(key)))
}
