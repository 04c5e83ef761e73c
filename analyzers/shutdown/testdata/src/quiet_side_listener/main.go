package main

import (
	"context"
	"net/http"
	_ "net/http/pprof"
	"os/signal"
	"syscall"
)

func main() {
	ctx, stop := signal.NotifyContext(context.Background(), syscall.SIGTERM)
	defer stop()

	// The debug listener dies with the process; the service stops
	// gracefully.
	go http.ListenAndServe("127.0.0.1:6060", nil)

	srv := &http.Server{Addr: ":8080"}
	go srv.ListenAndServe()
	<-ctx.Done()
	_ = srv.Shutdown(context.Background())
}
