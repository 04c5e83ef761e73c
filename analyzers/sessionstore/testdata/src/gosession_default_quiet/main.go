// Command gosession_default_quiet configures the default manager with a
// shared store before serving: quiet.
package main

import (
	"net/http"

	"github.com/go-session/redis/v3"
	"github.com/go-session/session/v3"
)

func login(w http.ResponseWriter, r *http.Request) {
	store, _ := session.Start(r.Context(), w, r)
	store.Set("user", r.FormValue("user"))
	_ = store.Save()
}

func main() {
	session.InitManager(session.SetStore(redis.NewRedisStore(&redis.Options{Addr: "redis:6379"})))
	http.HandleFunc("/login", login)
	http.ListenAndServe(":8080", nil)
}
