package quiet_setup

import (
	"context"
	"net/http"
	"sync"
	"time"
)

var once sync.Once

func refresh(ctx context.Context) {}

func init() {
	go refresh(context.Background())
}

// janitor runs in the background of the instance; no handler calls it.
func janitor() {
	for range time.Tick(time.Minute) {
		refresh(context.Background())
	}
}

func lazyStart() {
	once.Do(func() { go janitor() })
}

// Hub starts its worker on first use, once per instance.
type Hub struct {
	events chan string
}

func (h *Hub) run() {
	for range h.events {
	}
}

func (h *Hub) publish(e string) {
	if h.events == nil {
		h.events = make(chan string, 64)
		go h.run()
	}
	h.events <- e
}

var hub = &Hub{}

func hello(w http.ResponseWriter, r *http.Request) {
	lazyStart()
	hub.publish(r.URL.Path)
	w.Write([]byte("hi"))
}

func main() {
	go janitor()
	srv := &http.Server{Addr: ":8080"}
	http.HandleFunc("/", hello)
	go func() {
		if err := srv.ListenAndServe(); err != nil && err != http.ErrServerClosed {
			panic(err)
		}
	}()
	time.AfterFunc(time.Hour, func() { srv.Shutdown(context.Background()) })
	select {}
}
