// Package nil_guard checks that a branch on a field being non-nil guards
// only its own block: what follows the block runs whatever the field holds.
package nil_guard

import "net/http"

type Client struct{}

type Server struct {
	fc *Client
	n  int
}

func (s *Server) a(int) {}
func (s *Server) b(int) {}

// notNil starts a goroutine when the client is set, another on a flag:
// neither is the lazy start of a worker.
func (s *Server) notNil(w http.ResponseWriter, r *http.Request) {
	if s.fc != nil {
		go s.a(1) // want `handler Server.notNil starts a goroutine \(go Server.a\)`
	}
	if r.FormValue("flag") != "" {
		go s.b(2) // want `handler Server.notNil starts a goroutine \(go Server.b\)`
	}
	s.n++
}

// isNil starts its worker while the client is unset, once per instance
// (quiet), and a goroutine on a flag after the guarded block.
func (s *Server) isNil(w http.ResponseWriter, r *http.Request) {
	if s.fc == nil {
		go s.a(1)
	}
	if r.FormValue("flag") != "" {
		go s.b(2) // want `handler Server.isNil starts a goroutine \(go Server.b\)`
	}
	s.n++
}

// earlyReturn leaves when the client is set: what follows runs only while
// it is unset, the lazy start of a worker (quiet).
func (s *Server) earlyReturn(w http.ResponseWriter, r *http.Request) {
	if s.fc != nil {
		return
	}
	s.fc = &Client{}
	go s.a(1)
}

func main() {
	s := &Server{}
	http.HandleFunc("/a", s.notNil)
	http.HandleFunc("/b", s.isNil)
	http.HandleFunc("/c", s.earlyReturn)
}
