// Package session is a test stub mirroring the exported API of
// github.com/gofiber/fiber/v3/middleware/session v3.1.0. NewStore (and so
// New and NewWithStore without Config.Store) falls back to an in-process
// memory storage when Config.Storage is nil (store.go:54).
package session

import (
	"context"
	"time"

	"github.com/gofiber/fiber/v3"
)

// Config defines the configuration for the session middleware.
type Config struct {
	Storage         fiber.Storage
	Store           *Store
	Next            func(c fiber.Ctx) bool
	ErrorHandler    func(fiber.Ctx, error)
	KeyGenerator    func() string
	CookieDomain    string
	CookiePath      string
	CookieSameSite  string
	IdleTimeout     time.Duration
	AbsoluteTimeout time.Duration
	CookieSecure    bool
	CookieHTTPOnly  bool
}

// Store is the session store.
type Store struct {
	Config
}

// NewStore creates a new session store.
func NewStore(config ...Config) *Store {
	s := &Store{}
	if len(config) > 0 {
		s.Config = config[0]
	}
	return s
}

// New initializes session middleware with optional configuration.
func New(config ...Config) fiber.Handler {
	handler, _ := NewWithStore(config...)
	return handler
}

// NewWithStore creates session middleware with an optional custom store.
func NewWithStore(config ...Config) (fiber.Handler, *Store) {
	return func(c fiber.Ctx) error { return nil }, NewStore(config...)
}

// Middleware is the per-request session of the middleware.
type Middleware struct {
	Session *Session
}

// FromContext returns the session middleware of the request.
func FromContext(ctx any) *Middleware { return nil }

// Set sets a key-value pair in the session.
func (m *Middleware) Set(key, value any) {}

// Get retrieves a value from the session by key.
func (m *Middleware) Get(key any) any { return nil }

// RegisterType registers a custom type for encoding/decoding into any
// storage provider.
func (*Store) RegisterType(i any) {}

// Get will get/create a session.
func (s *Store) Get(c fiber.Ctx) (*Session, error) { return &Session{}, nil }

// Reset deletes all sessions from the storage.
func (s *Store) Reset(ctx context.Context) error { return nil }

// Delete deletes a session by its ID.
func (s *Store) Delete(ctx context.Context, id string) error { return nil }

// Session is one client's session.
type Session struct {
	id string
}

// ID returns the session ID.
func (s *Session) ID() string { return s.id }

// Get returns the value associated with the given key.
func (s *Session) Get(key any) any { return nil }

// Set updates or creates a new key-value pair in the session.
func (s *Session) Set(key, val any) {}

// Save saves the session data and updates the cookie.
func (s *Session) Save() error { return nil }

// Release releases the session back to the pool.
func (s *Session) Release() {}
