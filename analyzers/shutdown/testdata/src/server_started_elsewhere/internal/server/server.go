// Package server runs the HTTP API.
package server

import "net/http"

// Server is the API server.
type Server struct{ srv *http.Server }

// Run serves until the server fails.
func (s *Server) Run() error { // want Run:`serves \(\*http.Server\).ListenAndServe`
	return s.srv.ListenAndServe()
}

// New returns a server on addr.
func New(addr string) *Server { return &Server{srv: &http.Server{Addr: addr}} }
