package returned_stop

import (
	"context"
	"net/http"
	"sync"
	"time"
)

type stream struct{ w http.ResponseWriter }

func (s *stream) comment() error { return nil }

// startHeartbeat is fiber's SSE heartbeat: the stop function closes the
// channel once and waits for the goroutine to finish.
func (s *stream) startHeartbeat(interval time.Duration) func() {
	if interval <= 0 {
		return nil
	}
	stop := make(chan struct{})
	var stopOnce sync.Once
	done := make(chan struct{})
	go func() {
		defer close(done)
		ticker := time.NewTicker(interval)
		defer ticker.Stop()
		for {
			select {
			case <-ticker.C:
				if err := s.comment(); err != nil {
					return
				}
			case <-stop:
				return
			}
		}
	}()
	return func() {
		stopOnce.Do(func() {
			close(stop)
		})
		<-done
	}
}

// events defers the heartbeat's stop function when there is one.
func events(w http.ResponseWriter, r *http.Request) {
	s := &stream{w: w}
	if stop := s.startHeartbeat(time.Second); stop != nil {
		defer stop()
	}
}

func poll(ctx context.Context, key string) {}

// watch returns the cancel function of the context its goroutine runs on.
func watch(key string) context.CancelFunc {
	ctx, cancel := context.WithCancel(context.Background())
	go poll(ctx, key)
	return cancel
}

// watchLiteral returns a function literal that cancels it.
func watchLiteral(key string) func() {
	ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
	go func() {
		poll(ctx, key)
	}()
	return func() { cancel() }
}

// watchOther returns the cancel function of a context its goroutine does
// not run on.
func watchOther(key string) context.CancelFunc {
	_, cancel := context.WithCancel(context.Background())
	go poll(context.Background(), key) // want `handler watched → watchOther starts a goroutine \(go poll\) on context.Background\(\)`
	return cancel
}

// watched cancels the goroutines when the request ends.
func watched(w http.ResponseWriter, r *http.Request) {
	defer watch(r.URL.Path)()
	stop := watchLiteral(r.URL.Path)
	defer stop()
	cancel := watchOther(r.URL.Path)
	defer cancel()
}

// forgotten drops the cancel function.
func forgottenCancel(w http.ResponseWriter, r *http.Request) {
	_ = watch(r.URL.Path) // want `handler forgottenCancel → watch starts a goroutine \(go poll\) on context.Background\(\)`
}

func init() {
	http.HandleFunc("/events", events)
	http.HandleFunc("/watch", watched)
	http.HandleFunc("/forgotten", forgottenCancel)
}
