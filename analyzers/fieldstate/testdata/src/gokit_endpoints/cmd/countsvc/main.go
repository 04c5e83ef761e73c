package main

import (
	"context"

	"gokit_endpoints/countsvc"
)

func main() {
	s := countsvc.NewInmem() // want `handler func literal in countsvc.MakeIncEndpoint → Service.Inc \(\*countsvc.inmem wired at main.go:10\) writes map s.m of the long-lived receiver \(countsvc.go:29\)`
	_, _ = countsvc.MakeResetEndpoint(s)(context.Background(), nil)
	_ = countsvc.NewGRPCServer(s)
}
