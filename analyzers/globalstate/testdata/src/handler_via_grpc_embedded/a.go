package handler_via_grpc_embedded

import (
	"context"

	"example.com/gen/greeterpb"
	"google.golang.org/grpc"
)

var greeted = map[string]int{}

type server struct {
	greeterpb.UnimplementedGreeterServer
}

func (s *server) SayHello(ctx context.Context, in *greeterpb.HelloRequest) (*greeterpb.HelloReply, error) {
	greeted[in.GetName()]++ // want `handler server.SayHello writes package-level map greeted`
	return &greeterpb.HelloReply{}, nil
}

func (s *server) StreamHellos(in *greeterpb.HelloRequest, stream grpc.ServerStreamingServer[greeterpb.HelloReply]) error {
	delete(greeted, in.GetName()) // want `handler server.StreamHellos deletes from package-level map greeted`
	return nil
}

// helper is not a service method and is never called from one.
func (s *server) helper() { greeted["setup"] = 0 }

func main() {
	s := grpc.NewServer()
	srv := &server{}
	srv.helper()
	greeterpb.RegisterGreeterServer(s, srv)
}
