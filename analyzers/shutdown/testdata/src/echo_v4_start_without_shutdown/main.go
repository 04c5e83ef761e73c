package main

import (
	"context"
	"os"
	"os/signal"
	"syscall"

	"github.com/labstack/echo/v4"
)

func main() {
	ctx, stop := signal.NotifyContext(context.Background(), syscall.SIGTERM)
	defer stop()
	e := echo.New()
	go func() { <-ctx.Done(); os.Exit(0) }()
	if err := e.Start(":1323"); err != nil { // want `echo \(\*Echo\).Start has no Shutdown`
		panic(err)
	}
}
