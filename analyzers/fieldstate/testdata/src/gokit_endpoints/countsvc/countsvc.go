// Package countsvc is a go-kit service served over gRPC: its endpoint is
// given to go-kit's gRPC transport, whose Server a generated gRPC method
// calls on each request.
package countsvc

import (
	"context"
	"sync"

	"github.com/go-kit/kit/endpoint"
	grpctransport "github.com/go-kit/kit/transport/grpc"
)

type Service interface {
	Inc(ctx context.Context, key string) error
	Reset(ctx context.Context) error
}

type inmem struct {
	mu sync.Mutex
	m  map[string]int
}

func NewInmem() Service { return &inmem{m: map[string]int{}} }

func (s *inmem) Inc(_ context.Context, key string) error {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.m[key]++
	return nil
}

func (s *inmem) Reset(_ context.Context) error {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.m = map[string]int{}
	return nil
}

func MakeIncEndpoint(s Service) endpoint.Endpoint {
	return func(ctx context.Context, request interface{}) (interface{}, error) {
		return nil, s.Inc(ctx, request.(string))
	}
}

// MakeResetEndpoint is given to no server: main calls it once.
func MakeResetEndpoint(s Service) endpoint.Endpoint {
	return func(ctx context.Context, _ interface{}) (interface{}, error) {
		return nil, s.Reset(ctx)
	}
}

func decode(_ context.Context, req interface{}) (interface{}, error)  { return req, nil }
func encode(_ context.Context, resp interface{}) (interface{}, error) { return resp, nil }

// GRPCServer is what a generated gRPC service registration holds.
type GRPCServer struct {
	inc *grpctransport.Server
}

func NewGRPCServer(s Service) *GRPCServer {
	return &GRPCServer{inc: grpctransport.NewServer(MakeIncEndpoint(s), decode, encode)}
}

func (g *GRPCServer) Inc(ctx context.Context, req string) error {
	_, _, err := g.inc.ServeGRPC(ctx, req)
	return err
}
