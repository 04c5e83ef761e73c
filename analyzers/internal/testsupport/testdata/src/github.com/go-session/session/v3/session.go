// Package session is a test stub mirroring the exported API of
// github.com/go-session/session/v3 v3.2.1 used by statecheck's tests.
package session

import (
	"context"
	"net/http"
)

// Store is one session's data.
type Store interface {
	Set(key string, value interface{})
	Get(key string) (interface{}, bool)
	Save() error
}

// ManagerStore creates and finds sessions.
type ManagerStore interface {
	Create(ctx context.Context, sid string, expired int64) (Store, error)
}

type options struct{ store ManagerStore }

// Option configures a Manager.
type Option func(*options)

// SetStore sets the session store.
func SetStore(store ManagerStore) Option { return func(o *options) { o.store = store } }

// SetExpired sets the session lifetime in seconds.
func SetExpired(expired int64) Option { return func(o *options) {} }

type memoryStore struct{}

func (memoryStore) Create(context.Context, string, int64) (Store, error) { return nil, nil }

// NewMemoryStore creates an in-memory session store.
func NewMemoryStore() ManagerStore { return memoryStore{} }

// Manager manages sessions; its default store is NewMemoryStore.
type Manager struct{ opts options }

// NewManager creates a manager.
func NewManager(opt ...Option) *Manager {
	m := &Manager{opts: options{store: NewMemoryStore()}}
	for _, o := range opt {
		o(&m.opts)
	}
	return m
}

// Start starts a session.
func (m *Manager) Start(ctx context.Context, w http.ResponseWriter, r *http.Request) (Store, error) {
	return nil, nil
}

var defaultManager = NewManager()

// InitManager configures the global manager.
func InitManager(opt ...Option) {
	for _, o := range opt {
		o(&defaultManager.opts)
	}
}

// Start starts a session with the global manager.
func Start(ctx context.Context, w http.ResponseWriter, r *http.Request) (Store, error) {
	return defaultManager.Start(ctx, w, r)
}
