// Package avatar stores avatars in S3-compatible object storage. The bytes
// never pass through an instance's disk: uploads and downloads go to the
// store itself through short-lived presigned URLs.
//
// The upload URL signs the Content-Type and Content-Length the client
// declared, so the store refuses a body of another type or size; that is
// how the size and type limits hold although the shop never sees the
// bytes.
package avatar

import (
	"context"
	"errors"
	"fmt"
	"net/http"
	"net/url"
	"strconv"
	"time"

	"github.com/minio/minio-go/v7"
)

// MaxBytes is the largest avatar accepted.
const MaxBytes = 1 << 20

// urlTTL is how long a presigned URL stays valid: long enough to finish an
// upload on a slow link, short enough that a leaked URL soon goes stale.
const urlTTL = 5 * time.Minute

var allowedTypes = map[string]bool{"image/png": true, "image/jpeg": true}

// Upload problems the client can fix.
var (
	ErrContentType = errors.New("avatar must be image/png or image/jpeg")
	ErrNoLength    = errors.New("avatar upload needs a Content-Length")
	ErrEmpty       = errors.New("avatar is empty")
	ErrTooLarge    = fmt.Errorf("avatar is larger than %d bytes", MaxBytes)
)

// ErrNotFound means the user has no avatar.
var ErrNotFound = errors.New("no avatar uploaded")

// CheckUpload reports what is wrong with an upload of size bytes of
// contentType; size is -1 when the client did not say.
func CheckUpload(contentType string, size int64) error {
	switch {
	case !allowedTypes[contentType]:
		return ErrContentType
	case size < 0:
		return ErrNoLength
	case size == 0:
		return ErrEmpty
	case size > MaxBytes:
		return ErrTooLarge
	}
	return nil
}

// Store hands out presigned URLs for avatars in one bucket.
type Store struct {
	s3     *minio.Client
	bucket string
}

// NewStore returns a Store on bucket.
func NewStore(s3 *minio.Client, bucket string) *Store {
	return &Store{s3: s3, bucket: bucket}
}

func key(user string) string { return "avatars/" + user }

// UploadURL returns a URL the client PUTs user's new avatar to. The caller
// has checked the upload with CheckUpload.
func (s *Store) UploadURL(ctx context.Context, user, contentType string, size int64) (*url.URL, error) {
	signed := http.Header{
		"Content-Type":   {contentType},
		"Content-Length": {strconv.FormatInt(size, 10)},
	}
	u, err := s.s3.PresignHeader(ctx, http.MethodPut, s.bucket, key(user), urlTTL, nil, signed)
	if err != nil {
		return nil, fmt.Errorf("presign avatar upload: %w", err)
	}
	return u, nil
}

// DownloadURL returns a URL the client GETs user's avatar from, or
// ErrNotFound.
func (s *Store) DownloadURL(ctx context.Context, user string) (*url.URL, error) {
	_, err := s.s3.StatObject(ctx, s.bucket, key(user), minio.StatObjectOptions{})
	if minio.ToErrorResponse(err).Code == minio.NoSuchKey {
		return nil, ErrNotFound
	}
	if err != nil {
		return nil, fmt.Errorf("look up avatar: %w", err)
	}
	u, err := s.s3.PresignedGetObject(ctx, s.bucket, key(user), urlTTL, nil)
	if err != nil {
		return nil, fmt.Errorf("presign avatar download: %w", err)
	}
	return u, nil
}
