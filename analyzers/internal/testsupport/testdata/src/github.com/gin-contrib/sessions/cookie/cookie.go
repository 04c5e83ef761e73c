// Package cookie is a test stub mirroring github.com/gin-contrib/sessions/cookie
// v1.0.4.
package cookie

import (
	"github.com/gin-contrib/sessions"
	gsessions "github.com/gorilla/sessions"
)

// Store is a sessions.Store kept in signed cookies.
type Store interface {
	sessions.Store
}

// NewStore returns a new store; keys are defined in pairs to allow key
// rotation.
func NewStore(keyPairs ...[]byte) Store {
	return &store{gsessions.NewCookieStore(keyPairs...)}
}

type store struct {
	*gsessions.CookieStore
}

func (c *store) Options(options sessions.Options) {
	c.CookieStore.Options = options.ToGorillaOptions()
}
