// Package driver is a test stub mirroring the parts of
// gocloud.dev/blob/driver v0.49.0 that the blob stubs need.
package driver

import (
	"context"
	"io"
)

// Reader reads an object from the blob.
type Reader interface {
	io.ReadCloser
}

// Writer writes an object to the blob.
type Writer interface {
	io.WriteCloser
}

// ReaderOptions controls Reader behaviors.
type ReaderOptions struct{}

// WriterOptions controls behaviors of Writer.
type WriterOptions struct {
	// BufferSize changes the default size in byte of the maximum part
	// Writer can write in a single request, if supported.
	BufferSize int
	// Metadata holds key/value strings to be associated with the blob.
	Metadata map[string]string
}

// DeleteOptions controls options for Delete.
type DeleteOptions struct{}

// Bucket provides read, write and delete operations on objects within it
// on the blob service. This stub declares the subset of the real
// interface's methods that the blob stub uses.
type Bucket interface {
	// NewRangeReader returns a Reader that reads part of an object,
	// reading at most length bytes starting at the given offset.
	NewRangeReader(ctx context.Context, key string, offset, length int64, opts *ReaderOptions) (Reader, error)

	// NewTypedWriter returns Writer that writes to an object associated
	// with key.
	NewTypedWriter(ctx context.Context, key, contentType string, opts *WriterOptions) (Writer, error)

	// Delete deletes the object associated with key.
	Delete(ctx context.Context, key string, opts *DeleteOptions) error

	// Close cleans up any resources used by the Bucket.
	Close() error
}
