// Package server runs the API.
package server

import "net/http"

// Server is the API server.
type Server struct {
	srv *http.Server
}

// New returns a server listening on addr.
func New(addr string) *Server {
	return &Server{srv: &http.Server{Addr: addr}}
}

// Start serves until the server fails.
func (s *Server) Start() error { // want Start:`serves \(\*http.Server\).ListenAndServe`
	return s.srv.ListenAndServe()
}
