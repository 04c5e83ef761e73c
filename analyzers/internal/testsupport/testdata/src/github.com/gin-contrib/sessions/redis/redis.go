// Package redis is a test stub mirroring github.com/gin-contrib/sessions/redis
// v1.0.4 (without NewStoreWithPool, which takes a redigo pool): a shared
// session store on Redis.
package redis

import (
	"github.com/gin-contrib/sessions"
	gsessions "github.com/gorilla/sessions"
)

// Store is a sessions.Store kept in Redis.
type Store interface {
	sessions.Store
}

// NewStore returns a Redis store; size is the maximum number of idle
// connections, network and address name the server.
func NewStore(size int, network, address, username, password string, keyPairs ...[]byte) (Store, error) {
	return &store{gsessions.NewCookieStore(keyPairs...)}, nil
}

// NewStoreWithDB is NewStore selecting the database db.
func NewStoreWithDB(size int, network, address, username, password, db string, keyPairs ...[]byte) (Store, error) {
	return &store{gsessions.NewCookieStore(keyPairs...)}, nil
}

type store struct {
	*gsessions.CookieStore
}

func (c *store) Options(options sessions.Options) {
	c.CookieStore.Options = options.ToGorillaOptions()
}
