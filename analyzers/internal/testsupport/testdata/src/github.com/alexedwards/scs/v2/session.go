// Package scs is a test stub mirroring the exported API of
// github.com/alexedwards/scs/v2 v2.9.0 that statecheck's tests use: the
// session manager, its configuration fields and the Store interfaces. New
// leaves Store on the in-process memstore, as the real one does
// (session.go:106-110).
package scs

import (
	"context"
	"net/http"
	"time"

	"github.com/alexedwards/scs/v2/memstore"
)

// Deprecated: Session is a backwards-compatible alias for SessionManager.
type Session = SessionManager

// SessionManager holds the configuration settings for your sessions.
type SessionManager struct {
	IdleTimeout      time.Duration
	Lifetime         time.Duration
	Store            Store
	Cookie           SessionCookie
	Codec            Codec
	ErrorFunc        func(http.ResponseWriter, *http.Request, error)
	HashTokenInStore bool

	contextKey contextKey
}

type contextKey string

// SessionCookie contains the configuration settings for session cookies.
type SessionCookie struct {
	Name        string
	Domain      string
	HttpOnly    bool
	Path        string
	SameSite    http.SameSite
	Secure      bool
	Partitioned bool
	Persist     bool
}

// New returns a new session manager with the default options.
func New() *SessionManager {
	return &SessionManager{
		Lifetime: 24 * time.Hour,
		Store:    memstore.New(),
		Codec:    GobCodec{},
		Cookie:   SessionCookie{Name: "session", HttpOnly: true, Path: "/", SameSite: http.SameSiteLaxMode, Persist: true},
	}
}

// Deprecated: NewSession is a backwards-compatible alias for New.
func NewSession() *SessionManager { return New() }

// LoadAndSave provides middleware which automatically loads and saves
// session data for the current request.
func (s *SessionManager) LoadAndSave(next http.Handler) http.Handler { return next }

// Load retrieves the session data for the given token from the session
// store.
func (s *SessionManager) Load(ctx context.Context, token string) (context.Context, error) {
	return ctx, nil
}

// Commit saves the session data to the session store.
func (s *SessionManager) Commit(ctx context.Context) (string, time.Time, error) {
	return "", time.Time{}, nil
}

// Destroy deletes the session data from the session store.
func (s *SessionManager) Destroy(ctx context.Context) error { return nil }

// Put adds a key and corresponding value to the session data.
func (s *SessionManager) Put(ctx context.Context, key string, val interface{}) {}

// Get returns the value for a given key from the session data.
func (s *SessionManager) Get(ctx context.Context, key string) interface{} { return nil }

// Pop acts like a one-time Get.
func (s *SessionManager) Pop(ctx context.Context, key string) interface{} { return nil }

// Remove deletes the given key and corresponding value from the session
// data.
func (s *SessionManager) Remove(ctx context.Context, key string) {}

// Exists returns true if the given key is present in the session data.
func (s *SessionManager) Exists(ctx context.Context, key string) bool { return false }

// RenewToken updates the session data to have a new session token.
func (s *SessionManager) RenewToken(ctx context.Context) error { return nil }

// GetString returns the string value for a given key from the session data.
func (s *SessionManager) GetString(ctx context.Context, key string) string { return "" }

// GetInt returns the int value for a given key from the session data.
func (s *SessionManager) GetInt(ctx context.Context, key string) int { return 0 }

// PopString returns the string value for a given key and then deletes it.
func (s *SessionManager) PopString(ctx context.Context, key string) string { return "" }

// Token returns the session token.
func (s *SessionManager) Token(ctx context.Context) string { return "" }

// Codec is the interface for encoding/decoding session data to and from a
// byte slice for use by the session store.
type Codec interface {
	Encode(deadline time.Time, values map[string]interface{}) ([]byte, error)
	Decode([]byte) (deadline time.Time, values map[string]interface{}, err error)
}

// GobCodec is used for encoding/decoding session data to and from a byte
// slice using the encoding/gob package.
type GobCodec struct{}

// Encode converts a session deadline and values into a byte slice.
func (GobCodec) Encode(deadline time.Time, values map[string]interface{}) ([]byte, error) {
	return nil, nil
}

// Decode converts a byte slice into a session deadline and values.
func (GobCodec) Decode(b []byte) (time.Time, map[string]interface{}, error) {
	return time.Time{}, nil, nil
}
