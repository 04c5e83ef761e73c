package main

import (
	"context"
	"net/http"
	"os"
	"os/signal"
	"time"

	"example.com/shop/web"
)

var (
	sessions = map[string]string{}
	visits   = map[string]int{}
	recent   = &web.LRU{}
	// pages is accepted as a cache by the configuration.
	pages = map[string]string{}
)

func login(w http.ResponseWriter, r *http.Request) {
	sessions[r.FormValue("id")] = r.FormValue("user")
	pages[r.URL.Path] = "<h1>welcome</h1>"
}

func show(c *web.Ctx) {
	visits[c.Path]++
}

func onEvent(path string) {
	recent.Put(path, "seen")
}

func main() {
	r := &web.Router{}
	r.On("/events", onEvent)
	http.HandleFunc("/login", login)
	srv := &http.Server{Addr: ":8080"}
	go func() {
		if err := srv.ListenAndServe(); err != nil && err != http.ErrServerClosed {
			panic(err)
		}
	}()
	quit := make(chan os.Signal, 1)
	signal.Notify(quit, os.Interrupt)
	<-quit
	ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
	defer cancel()
	_ = srv.Shutdown(ctx)
}
