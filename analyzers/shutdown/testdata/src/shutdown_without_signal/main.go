package main

import (
	"context"
	"net/http"
)

func main() {
	srv := &http.Server{Addr: ":8080"}
	defer srv.Shutdown(context.Background())
	_ = srv.ListenAndServe() // want `\(\*http.Server\).ListenAndServe has Shutdown but no signal triggers it`
}
