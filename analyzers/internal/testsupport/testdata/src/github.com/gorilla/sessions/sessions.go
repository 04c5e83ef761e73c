// Package sessions is a test stub mirroring the exported API of
// github.com/gorilla/sessions v1.4.0 that statecheck's tests use: the Store
// interface, the cookie store and the local-disk filesystem store. The
// stores' Codecs fields (github.com/gorilla/securecookie) are left out.
package sessions

import "net/http"

// Options stores configuration for a session or session store.
type Options struct {
	Path        string
	Domain      string
	MaxAge      int
	Secure      bool
	HttpOnly    bool
	Partitioned bool
	SameSite    http.SameSite
}

// Session stores the values and optional configuration for a session.
type Session struct {
	ID      string
	Values  map[interface{}]interface{}
	Options *Options
	IsNew   bool
	store   Store
	name    string
}

// NewSession is called by session stores to create a new session instance.
func NewSession(store Store, name string) *Session {
	return &Session{Values: map[interface{}]interface{}{}, store: store, name: name}
}

// Save is a convenience method to save this session.
func (s *Session) Save(r *http.Request, w http.ResponseWriter) error {
	return s.store.Save(r, w, s)
}

// Name returns the name used to register the session.
func (s *Session) Name() string { return s.name }

// Store returns the session store used to register the session.
func (s *Session) Store() Store { return s.store }

// Save saves all sessions used during the current request.
func Save(r *http.Request, w http.ResponseWriter) error { return nil }

// Store is an interface for custom session stores.
type Store interface {
	Get(r *http.Request, name string) (*Session, error)
	New(r *http.Request, name string) (*Session, error)
	Save(r *http.Request, w http.ResponseWriter, s *Session) error
}

// CookieStore stores sessions using secure cookies.
type CookieStore struct {
	Options *Options
}

// NewCookieStore returns a new CookieStore.
func NewCookieStore(keyPairs ...[]byte) *CookieStore {
	return &CookieStore{Options: &Options{Path: "/", MaxAge: 86400 * 30}}
}

// Get returns a session for the given name after adding it to the registry.
func (s *CookieStore) Get(r *http.Request, name string) (*Session, error) { return s.New(r, name) }

// New returns a session for the given name without adding it to the
// registry.
func (s *CookieStore) New(r *http.Request, name string) (*Session, error) {
	return NewSession(s, name), nil
}

// Save adds a single session to the response.
func (s *CookieStore) Save(r *http.Request, w http.ResponseWriter, session *Session) error {
	return nil
}

// MaxAge sets the maximum age for the store and the underlying cookie
// implementation.
func (s *CookieStore) MaxAge(age int) {}

// FilesystemStore stores sessions in the filesystem, as files named
// session_<id> under path (os.TempDir() when path is empty).
type FilesystemStore struct {
	Options *Options
	path    string
}

// NewFilesystemStore returns a new FilesystemStore.
func NewFilesystemStore(path string, keyPairs ...[]byte) *FilesystemStore {
	return &FilesystemStore{Options: &Options{Path: "/", MaxAge: 86400 * 30}, path: path}
}

// MaxLength restricts the maximum length of new sessions to l.
func (s *FilesystemStore) MaxLength(l int) {}

// Get returns a session for the given name after adding it to the registry.
func (s *FilesystemStore) Get(r *http.Request, name string) (*Session, error) {
	return s.New(r, name)
}

// New returns a session for the given name without adding it to the
// registry.
func (s *FilesystemStore) New(r *http.Request, name string) (*Session, error) {
	return NewSession(s, name), nil
}

// Save adds a single session to the response.
func (s *FilesystemStore) Save(r *http.Request, w http.ResponseWriter, session *Session) error {
	return nil
}

// MaxAge sets the maximum age for the store and the underlying cookie
// implementation.
func (s *FilesystemStore) MaxAge(age int) {}
