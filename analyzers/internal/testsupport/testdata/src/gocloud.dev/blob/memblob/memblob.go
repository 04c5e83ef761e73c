// Package memblob is a test stub mirroring the exported API of
// gocloud.dev/blob/memblob v0.49.0 used by statecheck's tests.
package memblob

import (
	"bytes"
	"context"
	"errors"
	"io"
	"sync"

	"gocloud.dev/blob"
	"gocloud.dev/blob/driver"
)

var errNotFound = errors.New("blob not found")

// Options sets options for constructing a *blob.Bucket backed by memory.
type Options struct {
	// Set to true to disable MD5 hashing. The MD5 Attribute won't be
	// available, but improves write performance.
	NoMD5 bool
}

type bucket struct {
	mu    sync.Mutex
	blobs map[string][]byte
}

// openBucket creates a driver.Bucket backed by memory.
func openBucket(_ *Options) driver.Bucket {
	return &bucket{
		blobs: map[string][]byte{},
	}
}

// OpenBucket creates a *blob.Bucket backed by memory.
func OpenBucket(opts *Options) *blob.Bucket {
	return blob.NewBucket(openBucket(opts))
}

func (b *bucket) Close() error {
	return nil
}

// NewRangeReader implements driver.NewRangeReader.
func (b *bucket) NewRangeReader(ctx context.Context, key string, offset, length int64, opts *driver.ReaderOptions) (driver.Reader, error) {
	b.mu.Lock()
	defer b.mu.Unlock()
	content, found := b.blobs[key]
	if !found {
		return nil, errNotFound
	}
	return io.NopCloser(bytes.NewReader(content)), nil
}

// NewTypedWriter implements driver.NewTypedWriter.
func (b *bucket) NewTypedWriter(ctx context.Context, key, contentType string, opts *driver.WriterOptions) (driver.Writer, error) {
	return &writer{b: b, key: key}, nil
}

// Delete implements driver.Delete.
func (b *bucket) Delete(ctx context.Context, key string, _ *driver.DeleteOptions) error {
	b.mu.Lock()
	defer b.mu.Unlock()
	if _, ok := b.blobs[key]; !ok {
		return errNotFound
	}
	delete(b.blobs, key)
	return nil
}

type writer struct {
	b   *bucket
	key string
	buf bytes.Buffer
}

func (w *writer) Write(p []byte) (n int, err error) {
	return w.buf.Write(p)
}

// Close completes the writer and stores the blob.
func (w *writer) Close() error {
	w.b.mu.Lock()
	defer w.b.mu.Unlock()
	w.b.blobs[w.key] = w.buf.Bytes()
	return nil
}
