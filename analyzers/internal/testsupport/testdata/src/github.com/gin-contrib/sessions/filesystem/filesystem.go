// Package filesystem is a test stub mirroring
// github.com/gin-contrib/sessions/filesystem (main branch after v1.0.4): a
// gorilla FilesystemStore on local disk.
package filesystem

import (
	"github.com/gin-contrib/sessions"
	gsessions "github.com/gorilla/sessions"
)

// Store is a sessions.Store kept in files on local disk.
type Store interface {
	sessions.Store
}

// NewStore returns a new filesystem store writing session files under path.
func NewStore(path string, keyPairs ...[]byte) Store {
	return &store{gsessions.NewFilesystemStore(path, keyPairs...)}
}

type store struct {
	*gsessions.FilesystemStore
}

func (c *store) Options(options sessions.Options) {
	c.FilesystemStore.Options = options.ToGorillaOptions()
}
