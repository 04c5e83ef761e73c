// Package memstore is a test stub mirroring github.com/gin-contrib/sessions/memstore
// v1.0.4.
package memstore

import (
	"github.com/gin-contrib/sessions"
	gsessions "github.com/gorilla/sessions"
)

// Store is a sessions.Store kept in process memory.
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
