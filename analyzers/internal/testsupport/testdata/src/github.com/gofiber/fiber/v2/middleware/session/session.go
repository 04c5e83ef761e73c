// Package session is a test stub mirroring the exported API of
// github.com/gofiber/fiber/v2/middleware/session v2.52.15. New falls back to
// an in-process memory storage when Config.Storage is nil (store.go:34).
package session

import (
	"time"

	"github.com/gofiber/fiber/v2"
)

// Config defines the config for middleware.
type Config struct {
	Expiration        time.Duration
	Storage           fiber.Storage
	KeyLookup         string
	CookieDomain      string
	CookiePath        string
	CookieSecure      bool
	CookieHTTPOnly    bool
	CookieSameSite    string
	CookieSessionOnly bool
	KeyGenerator      func() string
	// Deprecated: Please use KeyLookup
	CookieName string
}

// ConfigDefault is the default config.
var ConfigDefault = Config{Expiration: 24 * time.Hour, KeyLookup: "cookie:session_id"}

// Store is the session store.
type Store struct {
	Config
}

// New creates a new session store with the provided configuration.
func New(config ...Config) *Store {
	cfg := ConfigDefault
	if len(config) > 0 {
		cfg = config[0]
	}
	return &Store{cfg}
}

// RegisterType registers a custom type for encoding/decoding into any
// storage provider.
func (*Store) RegisterType(i interface{}) {}

// Get will get/create a session.
func (s *Store) Get(c *fiber.Ctx) (*Session, error) { return &Session{}, nil }

// Reset will delete all session from the storage.
func (s *Store) Reset() error { return nil }

// Delete deletes a session by its id.
func (s *Store) Delete(id string) error { return nil }

// Session is one client's session.
type Session struct {
	id string
}

// Fresh is true if the current session is new.
func (s *Session) Fresh() bool { return false }

// ID returns the session id.
func (s *Session) ID() string { return s.id }

// Get will return the value.
func (s *Session) Get(key string) interface{} { return nil }

// Set will update or create a new key value.
func (s *Session) Set(key string, val interface{}) {}

// Delete will delete the value.
func (s *Session) Delete(key string) {}

// Destroy will delete the session from Storage and expire session cookie.
func (s *Session) Destroy() error { return nil }

// Regenerate generates a new session id and deletes the old one from
// Storage.
func (s *Session) Regenerate() error { return nil }

// Save will update the storage and client cookie.
func (s *Session) Save() error { return nil }

// SetExpiry sets a specific expiration for this session.
func (s *Session) SetExpiry(exp time.Duration) {}
