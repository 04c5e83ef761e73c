// Package grpc mirrors github.com/go-kit/kit/transport/grpc v0.10.0
// (server.go): NewServer keeps the endpoint in a field and ServeGRPC, which
// a generated gRPC method calls, calls it on every request.
package grpc

import (
	"context"

	"github.com/go-kit/kit/endpoint"
)

// DecodeRequestFunc extracts a user-domain request object from a gRPC request.
type DecodeRequestFunc func(context.Context, interface{}) (request interface{}, err error)

// EncodeResponseFunc encodes the passed response object to the gRPC response message.
type EncodeResponseFunc func(context.Context, interface{}) (response interface{}, err error)

// ServerOption sets an optional parameter for servers.
type ServerOption func(*Server)

// Server wraps an endpoint and implements grpc.Handler.
type Server struct {
	e   endpoint.Endpoint
	dec DecodeRequestFunc
	enc EncodeResponseFunc
}

// NewServer constructs a new server, which wraps the provided
// endpoint and implements the Handler interface.
func NewServer(e endpoint.Endpoint, dec DecodeRequestFunc, enc EncodeResponseFunc, options ...ServerOption) *Server {
	s := &Server{e: e, dec: dec, enc: enc}
	for _, option := range options {
		option(s)
	}
	return s
}

// ServeGRPC implements the Handler interface.
func (s Server) ServeGRPC(ctx context.Context, req interface{}) (context.Context, interface{}, error) {
	request, err := s.dec(ctx, req)
	if err != nil {
		return ctx, nil, err
	}
	response, err := s.e(ctx, request)
	if err != nil {
		return ctx, nil, err
	}
	grpcResp, err := s.enc(ctx, response)
	return ctx, grpcResp, err
}
