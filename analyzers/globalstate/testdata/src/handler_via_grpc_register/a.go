package handler_via_grpc_register

import (
	"example.com/gen/greeterpb"
	"google.golang.org/grpc"

	"grpcimpl"
)

func main() {
	s := grpc.NewServer()
	greeterpb.RegisterGreeterServer(s, grpcimpl.Impl{}) // want `handler grpcimpl.Impl.SayHello writes package-level map grpcimpl.counts \(impl.go:17\)`
	s.Serve(nil)
}
