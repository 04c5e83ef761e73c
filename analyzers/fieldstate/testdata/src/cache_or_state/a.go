// Package cache_or_state keeps an upstream token on a client the server
// holds: minted from configuration, it is a cache whatever the field is
// called; fields filled from the request are state whatever they are called.
package cache_or_state

import (
	"net/http"
	"strings"
	"sync"
	"time"
)

type upstream struct {
	mu       sync.Mutex
	clientID string
	secret   string
	session  string // the upstream token, named session
	expires  time.Time
}

func mint(id, secret string) string { return id + "." + secret }

// token refreshes the upstream token from the client's configuration: a
// cache, quiet.
func (u *upstream) token() string {
	u.mu.Lock()
	defer u.mu.Unlock()
	if time.Now().Before(u.expires) {
		return u.session
	}
	u.session = mint(u.clientID, u.secret)
	u.expires = time.Now().Add(time.Hour)
	return u.session
}

type Server struct {
	up        *upstream
	cache     map[string]string
	lastQuery string
}

func (s *Server) proxy(w http.ResponseWriter, r *http.Request) {
	w.Header().Set("Authorization", "Bearer "+s.up.token())
}

// remember keeps client data in fields called cache and lastQuery: state.
func (s *Server) remember(w http.ResponseWriter, r *http.Request) {
	s.cache[r.FormValue("user")] = r.FormValue("cart") // want `^handler Server.remember writes 2 fields of the long-lived receiver: s.cache, s.lastQuery: state kept`
	s.lastQuery = strings.ToLower(r.URL.RawQuery)
}

// timing keeps the start of each request in itself: the clock read as it
// is, per request, is state.
type timing struct{ start time.Time }

func (m *timing) wrap(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		m.start = time.Now() // want `^handler func literal in timing.wrap assigns captured variable m.start: state kept`
		next.ServeHTTP(w, r)
	})
}

func main() {
	t := &timing{}
	http.Handle("/timed", t.wrap(http.NotFoundHandler()))
	s := &Server{up: &upstream{clientID: "svc", secret: "k"}, cache: map[string]string{}}
	http.HandleFunc("/proxy", s.proxy)
	http.HandleFunc("/remember", s.remember)
	http.ListenAndServe(":8080", nil)
}
