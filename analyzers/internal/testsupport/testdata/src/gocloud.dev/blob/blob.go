// Package blob is a test stub mirroring the exported API of
// gocloud.dev/blob v0.49.0 used by statecheck's tests.
package blob

import (
	"context"
	"errors"
	"io"
	"sync"

	"gocloud.dev/blob/driver"
)

var errClosed = errors.New("blob: Bucket has been closed")

// Bucket provides an easy and portable way to interact with blobs within a
// "bucket", including read, write, and list operations.
type Bucket struct {
	b driver.Bucket

	// mu protects the closed variable.
	mu     sync.RWMutex
	closed bool
}

// NewBucket is intended for use by drivers only. Do not use in application
// code.
var NewBucket = newBucket

// newBucket creates a new *Bucket based on a specific driver
// implementation. End users should use subpackages to construct a *Bucket
// instead of this function; see the package documentation for details.
func newBucket(b driver.Bucket) *Bucket {
	return &Bucket{b: b}
}

// OpenBucket opens the bucket identified by the URL given.
func OpenBucket(ctx context.Context, urlstr string) (*Bucket, error) {
	return nil, errors.New("blob: no driver registered for " + urlstr)
}

// WriterOptions sets options for NewWriter.
type WriterOptions struct {
	// BufferSize changes the default size in bytes of the chunks that
	// Writer will upload in a single request.
	BufferSize int

	// CacheControl specifies caching attributes that services may use
	// when serving the blob.
	CacheControl string

	// ContentType specifies the MIME type of the blob being written.
	ContentType string

	// Metadata holds key/value strings to be associated with the blob, or
	// nil.
	Metadata map[string]string
}

// ReaderOptions sets options for NewReader and NewRangeReader.
type ReaderOptions struct{}

// Writer writes bytes to a blob.
//
// It implements io.WriteCloser (https://golang.org/pkg/io/#Closer), and
// must be closed after all writes are done.
type Writer struct {
	w   driver.Writer
	key string
}

// Write implements the io.Writer interface
// (https://golang.org/pkg/io/#Writer).
func (w *Writer) Write(p []byte) (int, error) {
	return w.w.Write(p)
}

// Close closes the blob writer. The write operation is not guaranteed to
// have succeeded until Close returns with no error.
func (w *Writer) Close() (err error) {
	return w.w.Close()
}

// ReadAll is a shortcut for creating a Reader via NewReader with nil
// ReaderOptions, and reading the entire blob.
func (b *Bucket) ReadAll(ctx context.Context, key string) (_ []byte, err error) {
	b.mu.RLock()
	defer b.mu.RUnlock()
	if b.closed {
		return nil, errClosed
	}
	r, err := b.b.NewRangeReader(ctx, key, 0, -1, &driver.ReaderOptions{})
	if err != nil {
		return nil, err
	}
	defer r.Close()
	return io.ReadAll(r)
}

// WriteAll is a shortcut for creating a Writer via NewWriter and writing p.
func (b *Bucket) WriteAll(ctx context.Context, key string, p []byte, opts *WriterOptions) (err error) {
	w, err := b.NewWriter(ctx, key, opts)
	if err != nil {
		return err
	}
	if _, err := w.Write(p); err != nil {
		_ = w.Close()
		return err
	}
	return w.Close()
}

// NewWriter returns a Writer that writes to the blob stored at key.
func (b *Bucket) NewWriter(ctx context.Context, key string, opts *WriterOptions) (_ *Writer, err error) {
	if opts == nil {
		opts = &WriterOptions{}
	}
	dopts := &driver.WriterOptions{
		BufferSize: opts.BufferSize,
		Metadata:   opts.Metadata,
	}
	b.mu.RLock()
	defer b.mu.RUnlock()
	if b.closed {
		return nil, errClosed
	}
	w, err := b.b.NewTypedWriter(ctx, key, opts.ContentType, dopts)
	if err != nil {
		return nil, err
	}
	return &Writer{w: w, key: key}, nil
}

// Delete deletes the blob stored at key.
func (b *Bucket) Delete(ctx context.Context, key string) error {
	b.mu.RLock()
	defer b.mu.RUnlock()
	if b.closed {
		return errClosed
	}
	return b.b.Delete(ctx, key, &driver.DeleteOptions{})
}

// Close releases any resources used for the bucket.
func (b *Bucket) Close() error {
	b.mu.Lock()
	prev := b.closed
	b.closed = true
	b.mu.Unlock()
	if prev {
		return errClosed
	}
	return b.b.Close()
}
