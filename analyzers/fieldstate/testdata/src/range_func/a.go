// Package range_func checks that the body of a range-over-func loop is
// part of the method it is written in: it writes the same receiver.
package range_func

import (
	"maps"
	"net/http"
	"slices"
)

type Server struct {
	seen  map[string]bool
	order []string
}

func (s *Server) record(w http.ResponseWriter, r *http.Request) {
	for k := range maps.Keys(r.Form) {
		s.seen[k] = true // want `^handler Server.record writes 2 fields of the long-lived receiver: s.seen, s.order: state kept in one instance's memory is lost on restart and unseen by other instances$`
	}
	for _, v := range slices.All(r.Form["id"]) {
		s.order = append(s.order, v)
	}
}

// requestScoped fills a map of its own: quiet.
func (s *Server) requestScoped(w http.ResponseWriter, r *http.Request) {
	mine := map[string]bool{}
	for k := range maps.Keys(r.Form) {
		mine[k] = true
	}
	_ = mine
}

func main() {
	s := &Server{seen: map[string]bool{}}
	http.HandleFunc("/record", s.record)
	http.HandleFunc("/mine", s.requestScoped)
}
