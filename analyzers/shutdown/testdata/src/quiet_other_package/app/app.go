// Package app runs the service until its context is done.
package app

import (
	"context"
	"net/http"
)

// Run serves until ctx is done, then shuts down gracefully.
func Run(ctx context.Context, addr string) error { // want Run:`serves \(\*http.Server\).ListenAndServe in background; stops http`
	srv := &http.Server{Addr: addr}
	errc := make(chan error, 1)
	go func() { errc <- srv.ListenAndServe() }()
	select {
	case err := <-errc:
		return err
	case <-ctx.Done():
		return srv.Shutdown(context.Background())
	}
}
