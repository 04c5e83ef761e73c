// Package grpcimpl implements the greeter service without embedding the
// generated Unimplemented type; it is registered by another package.
package grpcimpl

import (
	"context"

	"example.com/gen/greeterpb"
	"google.golang.org/grpc"
)

var counts = map[string]int{}

type Impl struct{ greeterpb.UnsafeGreeterServer }

func (Impl) SayHello(ctx context.Context, in *greeterpb.HelloRequest) (*greeterpb.HelloReply, error) {
	counts[in.GetName()]++
	return &greeterpb.HelloReply{}, nil
}

func (Impl) StreamHellos(in *greeterpb.HelloRequest, stream grpc.ServerStreamingServer[greeterpb.HelloReply]) error {
	return nil
}
