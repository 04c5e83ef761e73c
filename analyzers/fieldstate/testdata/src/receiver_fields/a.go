package receiver_fields

import (
	"net/http"
	"sync"
)

type item struct{ sku string }

type cartStore struct {
	mu    sync.Mutex
	carts map[string][]item
}

// add writes into the store it is called on.
func (c *cartStore) add(user string, it item) {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.carts[user] = append(c.carts[user], it) // want `handler Server.addToCart → cartStore.add writes map s.carts.carts of the long-lived receiver: state kept in one instance's memory`
}

// Server is built once in main and serves every request.
type Server struct {
	mu       sync.Mutex
	sessions map[string]string
	visits   int
	carts    *cartStore
	last     string
}

func (s *Server) login(w http.ResponseWriter, r *http.Request) {
	s.mu.Lock()
	s.sessions[r.FormValue("id")] = r.FormValue("user") // want `^handler Server.login writes 3 fields of the long-lived receiver: s.sessions, s.visits, s.last: state kept in one instance's memory is lost on restart and unseen by other instances$`
	s.visits++
	s.last = r.FormValue("user")
	s.mu.Unlock()
}

func (s *Server) addToCart(w http.ResponseWriter, r *http.Request) {
	s.carts.add(r.FormValue("user"), item{sku: r.FormValue("sku")})
}

// ServeHTTP makes the server itself a handler.
func (s *Server) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	delete(s.sessions, r.FormValue("id")) // want `handler Server.ServeHTTP deletes from map s.sessions of the long-lived receiver`
}

func main() {
	s := &Server{sessions: map[string]string{}, carts: &cartStore{carts: map[string][]item{}}}
	s.visits = 0 // setup: quiet
	http.HandleFunc("/login", s.login)
	http.HandleFunc("/cart", s.addToCart)
	http.ListenAndServe(":8080", s)
}

type Sessions struct{ byID map[string]*string }

// get creates the session on first sight: a guard on an element is
// per-client, not lazy initialization.
func (s *Sessions) get(w http.ResponseWriter, r *http.Request) {
	id := r.FormValue("id")
	if s.byID[id] == nil {
		v := "new"
		s.byID[id] = &v // want `handler Sessions.get writes map s.byID of the long-lived receiver`
	}
}
