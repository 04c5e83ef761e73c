package api

import "net/http"

type Service interface{ Create(name string) error }

type Server struct{ svc Service }

func New(svc Service) *Server { return &Server{svc: svc} }

func (s *Server) Create(w http.ResponseWriter, r *http.Request) {
	_ = s.svc.Create(r.FormValue("name"))
}
