// Command gosession_default starts sessions on go-session's default
// manager, never configured: its store is in process memory.
package main

import (
	"net/http"

	"github.com/go-session/session/v3"
)

func login(w http.ResponseWriter, r *http.Request) {
	store, _ := session.Start(r.Context(), w, r) // want `go-session default manager keeps sessions in process memory: .*session.InitManager with session.SetStore`
	store.Set("user", r.FormValue("user"))
	_ = store.Save()
}

func whoami(w http.ResponseWriter, r *http.Request) {
	store, _ := session.Start(r.Context(), w, r) // reported once per package
	v, _ := store.Get("user")
	_ = v
}

func main() {
	http.HandleFunc("/login", login)
	http.HandleFunc("/whoami", whoami)
	http.ListenAndServe(":8080", nil)
}
