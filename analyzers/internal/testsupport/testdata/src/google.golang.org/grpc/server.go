// Package grpc is a test stub mirroring the exported API of
// google.golang.org/grpc v1.79.3 used by statecheck's tests.
package grpc

import (
	"context"
	"net"
	"sync"
)

// SupportPackageIsVersion9 is referenced from generated protocol buffer
// files to assert that that code is compatible with this version of the
// grpc package.
const SupportPackageIsVersion9 = true

// Version is the current grpc version.
const Version = "1.79.3"

// MethodHandler is a function type that processes a unary RPC method call.
type MethodHandler func(srv any, ctx context.Context, dec func(any) error, interceptor UnaryServerInterceptor) (any, error)

// MethodDesc represents an RPC service's method specification.
type MethodDesc struct {
	MethodName string
	Handler    MethodHandler
}

// ServiceDesc represents an RPC service's specification.
type ServiceDesc struct {
	ServiceName string
	// The pointer to the service interface. Used to check whether the user
	// provided implementation satisfies the interface requirements.
	HandlerType any
	Methods     []MethodDesc
	Streams     []StreamDesc
	Metadata    any
}

// ServiceRegistrar wraps a single method that supports service
// registration. It enables users to pass concrete types other than
// grpc.Server to the service registration methods exported by the IDL
// generated code.
type ServiceRegistrar interface {
	// RegisterService registers a service and its implementation to the
	// concrete type implementing this interface.
	RegisterService(desc *ServiceDesc, impl any)
}

// Server is a gRPC server to serve RPC requests.
type Server struct {
	opts serverOptions

	mu       sync.Mutex // guards following
	lis      map[net.Listener]bool
	serve    bool
	services map[string]any // service name -> service impl
}

type serverOptions struct {
	unaryInt        UnaryServerInterceptor
	streamInt       StreamServerInterceptor
	chainUnaryInts  []UnaryServerInterceptor
	chainStreamInts []StreamServerInterceptor
}

// A ServerOption sets options such as credentials, codec and keepalive
// parameters, etc.
type ServerOption interface {
	apply(*serverOptions)
}

// funcServerOption wraps a function that modifies serverOptions into an
// implementation of the ServerOption interface.
type funcServerOption struct {
	f func(*serverOptions)
}

func (fdo *funcServerOption) apply(do *serverOptions) {
	fdo.f(do)
}

func newFuncServerOption(f func(*serverOptions)) *funcServerOption {
	return &funcServerOption{
		f: f,
	}
}

// UnaryInterceptor returns a ServerOption that sets the UnaryServerInterceptor
// for the server. Only one unary interceptor can be installed.
func UnaryInterceptor(i UnaryServerInterceptor) ServerOption {
	return newFuncServerOption(func(o *serverOptions) {
		if o.unaryInt != nil {
			panic("The unary server interceptor was already set and may not be reset.")
		}
		o.unaryInt = i
	})
}

// ChainUnaryInterceptor returns a ServerOption that specifies the chained
// interceptor for unary RPCs.
func ChainUnaryInterceptor(interceptors ...UnaryServerInterceptor) ServerOption {
	return newFuncServerOption(func(o *serverOptions) {
		o.chainUnaryInts = append(o.chainUnaryInts, interceptors...)
	})
}

// StreamInterceptor returns a ServerOption that sets the
// StreamServerInterceptor for the server. Only one stream interceptor can
// be installed.
func StreamInterceptor(i StreamServerInterceptor) ServerOption {
	return newFuncServerOption(func(o *serverOptions) {
		if o.streamInt != nil {
			panic("The stream server interceptor was already set and may not be reset.")
		}
		o.streamInt = i
	})
}

// NewServer creates a gRPC server which has no service registered and has
// not started to accept requests yet.
func NewServer(opt ...ServerOption) *Server {
	s := &Server{
		lis:      make(map[net.Listener]bool),
		services: make(map[string]any),
	}
	for _, o := range opt {
		o.apply(&s.opts)
	}
	return s
}

// RegisterService registers a service and its implementation to the gRPC
// server. It is called from the IDL generated code. This must be called
// before invoking Serve.
func (s *Server) RegisterService(sd *ServiceDesc, ss any) {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.services[sd.ServiceName] = ss
}

// Serve accepts incoming connections on the listener lis, creating a new
// ServerTransport and service goroutine for each.
func (s *Server) Serve(lis net.Listener) error { return nil }

// Stop stops the gRPC server. It immediately closes all open connections
// and listeners.
func (s *Server) Stop() {}

// GracefulStop stops the gRPC server gracefully. It stops the server from
// accepting new connections and RPCs and blocks until all the pending RPCs
// are finished.
func (s *Server) GracefulStop() {}
