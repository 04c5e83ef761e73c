// Package server serves with TLS when it has a certificate.
package server

import "net/http"

// Server is the API server.
type Server struct {
	srv      *http.Server
	certFile string
	keyFile  string
}

// New returns a server listening on addr.
func New(addr string) *Server {
	return &Server{srv: &http.Server{Addr: addr}}
}

// Start serves until the server fails, with TLS when configured: either
// way one server, which main never stops.
func (s *Server) Start() error { // want Start:`serves \(\*http.Server\).ListenAndServeTLS`
	if s.certFile != "" {
		return s.srv.ListenAndServeTLS(s.certFile, s.keyFile)
	}
	return s.srv.ListenAndServe()
}
