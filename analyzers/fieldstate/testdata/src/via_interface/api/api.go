// Package api serves links; it knows only the interface.
package api

import (
	"net/http"

	"via_interface/auth"
	"via_interface/memstore"
	"via_interface/store"
)

type Server struct{ links store.Links }

func New(links store.Links) *Server { return &Server{links: links} }

func (s *Server) Shorten(w http.ResponseWriter, r *http.Request) {
	s.links.Save(r.FormValue("code"), r.FormValue("url"))
}

func (s *Server) Follow(w http.ResponseWriter, r *http.Request) {
	http.Redirect(w, r, s.links.Lookup(r.URL.Path), http.StatusFound)
}

// Preview builds a store per request: request-scoped, quiet.
func (s *Server) Preview(w http.ResponseWriter, r *http.Request) {
	var scratch store.Links = memstore.New()
	scratch.Save("preview", r.FormValue("url"))
}

func (s *Server) Login(w http.ResponseWriter, r *http.Request) {
	_ = auth.Load("hook").Auth(r.FormValue("user"))
}

// Check uses the authenticator the configuration command also saves.
func (s *Server) Check(a auth.Auther, r *http.Request) bool { return a.Auth(r.FormValue("user")) }
