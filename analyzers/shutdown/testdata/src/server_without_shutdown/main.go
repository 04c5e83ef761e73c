package main

import (
	"net/http"
	"time"
)

func main() {
	srv := &http.Server{Addr: ":8080", ReadHeaderTimeout: 5 * time.Second}
	defer srv.Close()
	if err := srv.ListenAndServe(); err != nil { // want `\(\*http.Server\).ListenAndServe has no Shutdown`
		panic(err)
	}
}
