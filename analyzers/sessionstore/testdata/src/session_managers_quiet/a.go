// Package session_managers_quiet gives each session manager a shared
// store, or an option the analyzer cannot read: nothing to report.
package session_managers_quiet

import (
	"github.com/go-session/redis/v3"
	"github.com/go-session/session/v3"
)

var manager = session.NewManager(session.SetStore(redis.NewRedisStore(&redis.Options{Addr: "redis:6379"})), session.SetExpired(3600))

func init() {
	session.InitManager(session.SetStore(redis.NewRedisStore(&redis.Options{Addr: "redis:6379"})))
}

// Configured trusts options made elsewhere.
func Configured(opts []session.Option, store session.Option) *session.Manager {
	session.InitManager(opts...)
	return session.NewManager(store)
}
