// Package api holds only the narrow interface its handlers need.
package api

import "net/http"

type Saver interface{ Save(k, v string) }

type Server struct{ saver Saver }

func New(s Saver) *Server { return &Server{saver: s} }

func (s *Server) Create(w http.ResponseWriter, r *http.Request) {
	s.saver.Save(r.FormValue("k"), r.FormValue("v"))
}
