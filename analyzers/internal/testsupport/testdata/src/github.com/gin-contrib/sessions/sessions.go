// Package sessions is a test stub mirroring the exported API of
// github.com/gin-contrib/sessions v1.0.4 that statecheck's tests use: the
// Store and Session interfaces and the gin middleware. Its subpackages
// mirror the stores of the same version (filesystem mirrors the
// repository's main branch, which added it after v1.0.4).
package sessions

import (
	"net/http"

	"github.com/gin-gonic/gin"
	"github.com/gorilla/sessions"
)

// DefaultKey is the gin context key of the default session.
const DefaultKey = "github.com/gin-contrib/sessions"

// Store is a gorilla sessions store whose options can be set.
type Store interface {
	sessions.Store
	Options(Options)
}

// Session stores the values and optional configuration for a session.
type Session interface {
	ID() string
	Get(key interface{}) interface{}
	Set(key interface{}, val interface{})
	Delete(key interface{})
	Clear()
	AddFlash(value interface{}, vars ...string)
	Flashes(vars ...string) []interface{}
	Options(Options)
	Save() error
}

// Options stores configuration for a session or session store.
type Options struct {
	Path     string
	Domain   string
	MaxAge   int
	Secure   bool
	HttpOnly bool
	SameSite http.SameSite
}

// ToGorillaOptions converts the options to gorilla sessions options.
func (options Options) ToGorillaOptions() *sessions.Options {
	return &sessions.Options{Path: options.Path, Domain: options.Domain, MaxAge: options.MaxAge,
		Secure: options.Secure, HttpOnly: options.HttpOnly, SameSite: options.SameSite}
}

// Sessions returns the middleware that loads the session called name.
func Sessions(name string, store Store) gin.HandlerFunc {
	return func(c *gin.Context) {}
}

// SessionsMany returns the middleware that loads the sessions called names.
func SessionsMany(names []string, store Store) gin.HandlerFunc {
	return func(c *gin.Context) {}
}

// Default returns the default session of the request.
func Default(c *gin.Context) Session { return nil }

// DefaultMany returns the session called name of the request.
func DefaultMany(c *gin.Context, name string) Session { return nil }
