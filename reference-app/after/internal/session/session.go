// Package session keeps login sessions in Redis, so that any instance can
// answer any request and a restart logs nobody out.
//
// The cookie carries only an opaque random id. Redis stores the session
// under a hash of that id, with a TTL that every request slides forward;
// a second timestamp caps the session's total age. Logout deletes the key,
// so a copied cookie stops working everywhere at once.
package session

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"time"

	"github.com/redis/go-redis/v9"

	"github.com/statecheck/statecheck/reference-app/after/internal/randid"
)

// ErrNotFound means the id names no live session: it never existed,
// expired, or was logged out.
var ErrNotFound = errors.New("session not found")

// Store keeps sessions in Redis.
type Store struct {
	rdb    redis.Cmdable
	idle   time.Duration
	maxAge time.Duration
	now    func() time.Time
}

// NewStore returns a Store whose sessions end after idle without use or
// maxAge after login, whichever comes first.
func NewStore(rdb redis.Cmdable, idle, maxAge time.Duration) *Store {
	return &Store{rdb: rdb, idle: idle, maxAge: maxAge, now: time.Now}
}

type record struct {
	User    string `json:"user"`
	Created int64  `json:"created"`
}

// Create starts a session for user and returns its id, the cookie value.
// Every login gets a fresh id, which is what defeats session fixation.
func (s *Store) Create(ctx context.Context, user string) (string, error) {
	id := randid.New()
	data, err := json.Marshal(record{User: user, Created: s.now().Unix()})
	if err != nil {
		return "", err
	}
	if err := s.rdb.Set(ctx, key(id), data, s.idle).Err(); err != nil {
		return "", fmt.Errorf("create session: %w", err)
	}
	return id, nil
}

// User returns the user of session id and slides its idle timeout.
func (s *Store) User(ctx context.Context, id string) (string, error) {
	if !randid.Valid(id) {
		return "", ErrNotFound
	}
	data, err := s.rdb.GetEx(ctx, key(id), s.idle).Bytes()
	if errors.Is(err, redis.Nil) {
		return "", ErrNotFound
	}
	if err != nil {
		return "", fmt.Errorf("read session: %w", err)
	}
	var rec record
	if err := json.Unmarshal(data, &rec); err != nil || rec.User == "" {
		return "", ErrNotFound
	}
	if s.now().Sub(time.Unix(rec.Created, 0)) > s.maxAge {
		if err := s.Delete(ctx, id); err != nil {
			return "", err
		}
		return "", ErrNotFound
	}
	return rec.User, nil
}

// Delete ends session id. Deleting a session that does not exist is not
// an error.
func (s *Store) Delete(ctx context.Context, id string) error {
	if !randid.Valid(id) {
		return nil
	}
	if err := s.rdb.Del(ctx, key(id)).Err(); err != nil {
		return fmt.Errorf("delete session: %w", err)
	}
	return nil
}

// key hashes the id so that a dump of Redis yields no usable cookies.
func key(id string) string {
	sum := sha256.Sum256([]byte(id))
	return "session:" + hex.EncodeToString(sum[:])
}
