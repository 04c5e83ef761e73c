package main

import (
	"context"
	"net/http"
	"os/signal"
	"syscall"
	"time"
)

const shutdownTimeout = 25 * time.Second

func main() {
	srv := &http.Server{Addr: ":8080"}
	go srv.ListenAndServe()
	ctx, stop := signal.NotifyContext(context.Background(), syscall.SIGTERM)
	defer stop()
	<-ctx.Done()
	sctx, cancel := context.WithTimeout(context.Background(), shutdownTimeout)
	defer cancel()
	srv.Shutdown(sctx)
}

func ping(ctx context.Context) {
	// A longer timeout that bounds no shutdown is not the drain.
	cctx, cancel := context.WithTimeout(ctx, 5*time.Minute)
	defer cancel()
	_ = cctx
}
