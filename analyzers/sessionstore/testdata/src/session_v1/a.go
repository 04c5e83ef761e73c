// Package session_v1 uses the first go-session API, whose provider is
// named by a string.
package session_v1

import session "gopkg.in/session.v1"

var (
	inMemory, _ = session.NewManager("memory", `{"cookieName":"gosessionid","gclifetime":3600}`) // want `go-session "memory" provider keeps sessions in process memory`
	onDisk, _   = session.NewManager("file", `{"cookieName":"gosessionid"}`)                     // want `go-session "file" provider keeps sessions in files on this instance's disk`
	shared, _   = session.NewManager("redis", `{"cookieName":"gosessionid"}`)
)

// Configured trusts a provider it cannot read.
func Configured(provider string) (*session.Manager, error) {
	return session.NewManager(provider, `{}`)
}
