// Package nil_guard checks that a branch on a field being non-nil guards
// only its own block: what follows the block runs whatever the field holds.
package nil_guard

import "net/http"

type Client struct{ uses int }

type Server struct {
	fc   *Client
	seen map[string]bool
	n    int
}

func (s *Server) a(int) {}
func (s *Server) b(int) {}

// notNil writes the receiver after a block guarded by the client being
// set: those writes happen on every request.
func (s *Server) notNil(w http.ResponseWriter, r *http.Request) {
	if s.fc != nil {
		go s.a(1)
	}
	if r.FormValue("flag") != "" {
		s.seen[r.FormValue("id")] = true // want `handler Server.notNil writes 2 fields of the long-lived receiver: s.seen, s.n:`
	}
	s.n++
}

// isNil initializes the client lazily (quiet), then writes the receiver
// on every request.
func (s *Server) isNil(w http.ResponseWriter, r *http.Request) {
	if s.fc == nil {
		s.fc = &Client{}
	}
	if r.FormValue("flag") != "" {
		s.seen[r.FormValue("id")] = true // want `handler Server.isNil writes 2 fields of the long-lived receiver: s.seen, s.n:`
	}
	s.n++
}

// earlyReturn leaves when the client is set: the assignment after the
// guard is lazy initialization (quiet).
func (s *Server) earlyReturn(w http.ResponseWriter, r *http.Request) {
	if s.fc != nil {
		return
	}
	s.fc = &Client{}
}

func main() {
	s := &Server{seen: map[string]bool{}}
	http.HandleFunc("/a", s.notNil)
	http.HandleFunc("/b", s.isNil)
	http.HandleFunc("/c", s.earlyReturn)
}
