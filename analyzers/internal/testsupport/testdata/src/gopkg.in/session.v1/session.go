// Package session is a test stub mirroring the exported API of
// gopkg.in/session.v1 v1.2.0 used by statecheck's tests.
package session

// Manager manages sessions through a named provider.
type Manager struct{ provider string }

// NewManager creates a manager over the provider registered as
// provideName ("memory", "file", "redis", …) with a JSON config.
func NewManager(provideName, config string) (*Manager, error) {
	return &Manager{provider: provideName}, nil
}

// GC starts the provider's garbage collection.
func (m *Manager) GC() {}
