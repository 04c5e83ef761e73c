package main

import (
	"context"
	"net"
	"os"
	"os/signal"
	"syscall"
	"time"

	fiber2 "github.com/gofiber/fiber/v2"
	"github.com/gofiber/fiber/v3"
	"google.golang.org/grpc"
)

func main() {
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	defer stop()

	// fiber v3 stops gracefully when GracefulContext is done.
	app := fiber.New()
	go func() { _ = app.Listen(":3000", fiber.ListenConfig{GracefulContext: ctx}) }()

	// fiber v2 with an explicit shutdown.
	old := fiber2.New()
	go func() { _ = old.Listen(":3001") }()

	lis, _ := net.Listen("tcp", ":9090")
	s := grpc.NewServer()
	go func() { _ = s.Serve(lis) }()

	<-ctx.Done()
	_ = old.ShutdownWithTimeout(10 * time.Second)
	s.GracefulStop()
}
