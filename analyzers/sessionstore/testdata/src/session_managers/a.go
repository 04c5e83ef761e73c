// Package session_managers keeps sessions and OAuth tokens in process
// memory or on local disk through each library's default or explicit
// in-process store.
package session_managers

import (
	"net/http"

	"github.com/go-oauth2/oauth2/v4"
	"github.com/go-oauth2/oauth2/v4/store"
	"github.com/go-session/session/v3"
	sessions "github.com/kataras/go-sessions/v3"
)

var manager = session.NewManager(session.SetExpired(3600)) // want `go-session NewManager without SetStore keeps sessions in process memory: .*go-session/redis`

func init() {
	session.InitManager() // want `go-session InitManager without SetStore keeps sessions in process memory`
}

var explicit = session.NewManager(session.SetStore(session.NewMemoryStore())) // want `go-session memory store keeps sessions in process memory`

var sess = sessions.New(sessions.Config{Cookie: "sid"}) // want `sessions manager without UseDatabase keeps sessions in process memory: .*sessiondb/redis`

func Tokens() (oauth2.TokenStore, error) {
	return store.NewMemoryTokenStore() // want `go-oauth2 memory token store keeps issued tokens in process memory: .*go-oauth2/redis`
}

func FileTokens() (oauth2.TokenStore, error) {
	return store.NewFileTokenStore("data/tokens.db") // want `go-oauth2 file token store keeps issued tokens in a file on this instance's disk`
}

func Login(w http.ResponseWriter, r *http.Request) {
	s := sess.Start(w, r)
	s.Set("user", r.FormValue("user"))
	_, _ = manager.Start(r.Context(), w, r)
}
