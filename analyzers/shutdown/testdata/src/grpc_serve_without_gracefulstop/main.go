package main

import (
	"context"
	"net"
	"os/signal"
	"syscall"

	"google.golang.org/grpc"
)

func main() {
	ctx, stop := signal.NotifyContext(context.Background(), syscall.SIGINT, syscall.SIGTERM)
	defer stop()
	lis, err := net.Listen("tcp", ":9090")
	if err != nil {
		panic(err)
	}
	s := grpc.NewServer()
	go func() {
		<-ctx.Done()
		s.Stop()
	}()
	_ = s.Serve(lis) // want `grpc \(\*Server\).Serve has no GracefulStop`
}
