// Package sessions is a test stub mirroring the exported API of
// github.com/kataras/go-sessions/v3 v3.3.1 used by statecheck's tests.
package sessions

import (
	"net/http"
	"time"
)

// Config configures a Sessions manager.
type Config struct {
	Cookie  string
	Expires time.Duration
}

// Database persists sessions outside the process.
type Database interface {
	Acquire(sid string, expires time.Duration)
}

// Session is one client's session.
type Session struct{ values map[string]interface{} }

// Set stores a value.
func (s *Session) Set(key string, value interface{}) { s.values[key] = value }

// Get returns a value.
func (s *Session) Get(key string) interface{} { return s.values[key] }

// Sessions is the manager; without a database it keeps sessions in memory.
type Sessions struct{ db Database }

// New creates a manager.
func New(cfg Config) *Sessions { return &Sessions{} }

// UseDatabase adds a session database.
func (s *Sessions) UseDatabase(db Database) { s.db = db }

// Start starts the session of the request.
func (s *Sessions) Start(w http.ResponseWriter, r *http.Request) *Session {
	return &Session{values: map[string]interface{}{}}
}

// Default is the package-level manager.
var Default = New(Config{Cookie: "sessionid"})

// UseDatabase adds a session database to the default manager.
func UseDatabase(db Database) { Default.UseDatabase(db) }

// Start starts a session with the default manager.
func Start(w http.ResponseWriter, r *http.Request) *Session { return Default.Start(w, r) }
