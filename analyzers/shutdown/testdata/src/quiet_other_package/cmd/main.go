package main

import (
	"context"
	"os"
	"os/signal"
	"syscall"

	"quiet_other_package/app"
)

func main() {
	ctx, stop := signal.NotifyContext(context.Background(), syscall.SIGTERM)
	defer stop()
	if err := app.Run(ctx, ":8080"); err != nil {
		os.Exit(1)
	}
}
