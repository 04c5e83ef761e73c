package main

import (
	"context"
	"net/http"

	"gokit_endpoints/profilesvc"
)

func main() {
	var s profilesvc.Service
	s = profilesvc.NewInmemService() // want `handler func literal in profilesvc.MakePostProfileEndpoint → Service.PostProfile \(\*profilesvc.inmemService wired at main.go:12\) writes map s.m of the long-lived receiver \(service.go:34\)`
	s = profilesvc.LoggingMiddleware()(s)
	_, _ = profilesvc.MakeServerEndpoints(s).SeedEndpoint(context.Background(), nil)
	_ = http.ListenAndServe(":8080", profilesvc.MakeHTTPHandler(s))
}
