package nethttp_writes

import (
	"net/http"
	"sync"
	"sync/atomic"
)

type user struct{ name string }

var (
	sessions = map[string]user{}
	mu       sync.Mutex
	hits     int
	visitors []string
	seen     sync.Map
	served   atomic.Int64
	total    int64
)

func login(w http.ResponseWriter, r *http.Request) {
	mu.Lock()
	defer mu.Unlock()
	sessions[r.FormValue("id")] = user{name: r.FormValue("user")} // want `handler login writes package-level map sessions: state kept in one instance's memory is lost on restart and unseen by other instances`
}

func logout(w http.ResponseWriter, r *http.Request) {
	delete(sessions, r.FormValue("id")) // want `handler logout deletes from package-level map sessions`
}

func count(w http.ResponseWriter, r *http.Request) {
	hits++ // want `^handler count writes 5 package-level variables: hits, visitors, seen, served, total: state kept in one instance's memory is lost on restart and unseen by other instances$`
	visitors = append(visitors, r.RemoteAddr)
	seen.Store(r.RemoteAddr, true)
	served.Add(1)
	atomic.AddInt64(&total, 1)
}

func remember(id string, u user) {
	sessions[id] = u // want `handlers viaHelper and func literal in main → remember writes package-level map sessions`
}

func viaHelper(w http.ResponseWriter, r *http.Request) {
	remember(r.FormValue("id"), user{})
}

func main() {
	http.HandleFunc("/login", login)
	http.HandleFunc("/logout", logout)
	http.HandleFunc("/count", count)
	http.HandleFunc("/helper", viaHelper)
	http.HandleFunc("/closure", func(w http.ResponseWriter, r *http.Request) {
		remember("x", user{})
	})
	http.ListenAndServe(":8080", nil)
}
