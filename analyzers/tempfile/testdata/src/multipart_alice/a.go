package multipart_alice

import (
	"net/http"

	"github.com/alexedwards/scs/v2"
	"github.com/justinas/alice"
)

type application struct {
	sessionManager *scs.SessionManager
}

func (app *application) logRequest(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		next.ServeHTTP(w, r)
	})
}

func (app *application) upload(w http.ResponseWriter, r *http.Request) {
	if err := r.ParseMultipartForm(10 << 20); err != nil { // want `handler application.upload parses a multipart form \(ParseMultipartForm\) on a request copied by scs LoadAndSave`
		return
	}
}

func (app *application) plain(w http.ResponseWriter, r *http.Request) {
	if err := r.ParseMultipartForm(10 << 20); err != nil {
		return
	}
}

// routes is the layout of Let's Go: sessions on the dynamic routes only.
func (app *application) routes() http.Handler {
	mux := http.NewServeMux()
	dynamic := alice.New(app.sessionManager.LoadAndSave)
	protected := dynamic.Append(app.logRequest)
	mux.Handle("POST /upload", protected.ThenFunc(app.upload))
	mux.HandleFunc("POST /plain", app.plain)
	standard := alice.New(app.logRequest)
	return standard.Then(mux)
}
