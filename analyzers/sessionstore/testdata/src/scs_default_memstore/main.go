package main

import (
	"net/http"

	"github.com/alexedwards/scs/v2"
	"github.com/alexedwards/scs/v2/memstore"
)

var sessionManager *scs.SessionManager

type application struct {
	sessions *scs.SessionManager
}

func newSessions() *scs.SessionManager {
	sm := scs.New() // want `scs session manager uses the in-process memstore`
	sm.Cookie.Secure = true
	return sm
}

func main() {
	sessionManager = scs.New() // want `scs session manager uses the in-process memstore`
	sessionManager.Lifetime = 0

	app := &application{sessions: newSessions()}

	explicit := scs.New()
	explicit.Store = memstore.New() // want `scs session manager Store set to the in-process memstore`

	mux := http.NewServeMux()
	_ = scs.New().LoadAndSave(mux) // want `scs session manager uses the in-process memstore`
	_ = explicit.LoadAndSave(app.sessions.LoadAndSave(sessionManager.LoadAndSave(mux)))
}
