package main

import (
	"net/http"
	"time"

	"github.com/go-chi/httprate"
	httprateredis "github.com/go-chi/httprate-redis"
)

func main() {
	mux := http.NewServeMux()
	var h http.Handler = mux
	h = httprate.LimitByIP(100, time.Minute)(h)                                         // want `httprate counts requests in process memory`
	h = httprate.Limit(10, time.Second, httprate.WithKeyFuncs(httprate.KeyByRealIP))(h) // want `httprate counts requests in process memory`
	h = httprate.LimitBy(10, time.Second, httprate.KeyByEndpoint,                       // want `httprate counts requests in process memory`
		httprate.WithLimitCounter(httprate.NewLocalLimitCounter(time.Second)))(h)
	h = httprate.Limit(10, time.Second,
		httprateredis.WithRedisLimitCounter(&httprateredis.Config{Host: "redis", Port: 6379}), // want `httprate-redis falls back to an in-process counter`
	)(h)
	_ = http.ListenAndServe(":8080", h)
}
