// Package selfwired builds its own implementation: it sees both sides.
package selfwired

import "net/http"

type counter interface{ Hit(path string) }

type memCounter struct{ hits map[string]int }

func (c *memCounter) Hit(path string) {
	c.hits[path]++ // want `handler Server.Count → counter.Hit \(\*memCounter wired at selfwired.go:19\) writes map c.hits of the long-lived receiver`
}

type Server struct{ c counter }

func (s *Server) Count(w http.ResponseWriter, r *http.Request) { s.c.Hit(r.URL.Path) }

func main() {
	s := &Server{c: &memCounter{hits: map[string]int{}}}
	http.HandleFunc("/", s.Count)
}
