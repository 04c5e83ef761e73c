// Package http mirrors github.com/go-kit/kit/transport/http v0.10.0
// (server.go): NewServer keeps the endpoint in a field and ServeHTTP calls
// it on every request.
package http

import (
	"context"
	"net/http"

	"github.com/go-kit/kit/endpoint"
)

// DecodeRequestFunc extracts a user-domain request object from an HTTP request.
type DecodeRequestFunc func(context.Context, *http.Request) (request interface{}, err error)

// EncodeResponseFunc encodes the passed response object to the HTTP response writer.
type EncodeResponseFunc func(context.Context, http.ResponseWriter, interface{}) error

// ServerOption sets an optional parameter for servers.
type ServerOption func(*Server)

// ServerFinalizerFunc can be used to perform work at the end of an HTTP
// request, after the response has been written to the client.
type ServerFinalizerFunc func(ctx context.Context, code int, r *http.Request)

// Server wraps an endpoint and implements http.Handler.
type Server struct {
	e         endpoint.Endpoint
	dec       DecodeRequestFunc
	enc       EncodeResponseFunc
	finalizer []ServerFinalizerFunc
}

// ServerFinalizer is executed at the end of every HTTP request.
func ServerFinalizer(f ...ServerFinalizerFunc) ServerOption {
	return func(s *Server) { s.finalizer = append(s.finalizer, f...) }
}

// NewServer constructs a new server, which implements http.Handler and wraps
// the provided endpoint.
func NewServer(e endpoint.Endpoint, dec DecodeRequestFunc, enc EncodeResponseFunc, options ...ServerOption) *Server {
	s := &Server{e: e, dec: dec, enc: enc}
	for _, option := range options {
		option(s)
	}
	return s
}

// ServeHTTP implements http.Handler.
func (s Server) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	ctx := r.Context()
	if len(s.finalizer) > 0 {
		// The deferred literal captures the receiver: go/ssa keeps s in a
		// cell and reads every field through it.
		defer func() {
			for _, f := range s.finalizer {
				f(ctx, http.StatusOK, r)
			}
		}()
	}
	request, err := s.dec(ctx, r)
	if err != nil {
		return
	}
	response, err := s.e(ctx, request)
	if err != nil {
		return
	}
	_ = s.enc(ctx, w, response)
}
