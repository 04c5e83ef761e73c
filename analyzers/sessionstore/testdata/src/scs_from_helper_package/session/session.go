// Package session builds the session manager; its callers pick the store.
package session

import (
	"time"

	"github.com/alexedwards/scs/v2"
)

func New() *scs.SessionManager { // want New:"returns an scs manager on the memstore"
	sm := scs.New()
	sm.Lifetime = 12 * time.Hour
	return sm
}
