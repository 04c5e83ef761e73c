package main

import (
	"context"
	"net"
	"net/http"
	"os/signal"
	"syscall"
	"time"

	"google.golang.org/grpc"
)

// The HTTP gateway shuts down gracefully; the gRPC server beside it does
// not, and needs its own GracefulStop.
func main() {
	ctx, stop := signal.NotifyContext(context.Background(), syscall.SIGTERM)
	defer stop()
	srv := &http.Server{Addr: ":8080"}
	go func() { _ = srv.ListenAndServe() }()
	lis, _ := net.Listen("tcp", ":9090")
	g := grpc.NewServer()
	go func() { _ = g.Serve(lis) }() // want `grpc \(\*Server\).Serve has no GracefulStop, though the HTTP server beside it shuts down gracefully`
	<-ctx.Done()
	sctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
	defer cancel()
	_ = srv.Shutdown(sctx)
	g.Stop()
}
