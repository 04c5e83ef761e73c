package quiet_joined

import (
	"context"
	"net/http"
	"sync"
	"time"

	"golang.org/x/sync/errgroup"
)

func fetch(ctx context.Context, id string) (string, error) { return id, nil }

// fanOut waits for every goroutine it starts.
func fanOut(w http.ResponseWriter, r *http.Request) {
	var wg sync.WaitGroup
	for _, id := range r.URL.Query()["id"] {
		wg.Add(1)
		go func() {
			defer wg.Done()
			fetch(r.Context(), id)
		}()
	}
	wg.Wait()
}

// waitGroupGo uses WaitGroup.Go and Wait.
func waitGroupGo(w http.ResponseWriter, r *http.Request) {
	var wg sync.WaitGroup
	for _, id := range r.URL.Query()["id"] {
		wg.Go(func() { fetch(r.Context(), id) })
	}
	wg.Wait()
}

// group uses errgroup.WithContext and Wait.
func group(w http.ResponseWriter, r *http.Request) {
	g, ctx := errgroup.WithContext(r.Context())
	for _, id := range r.URL.Query()["id"] {
		g.Go(func() error {
			_, err := fetch(ctx, id)
			return err
		})
	}
	if err := g.Wait(); err != nil {
		http.Error(w, err.Error(), http.StatusBadGateway)
	}
}

// result receives what the goroutine sends before returning.
func result(w http.ResponseWriter, r *http.Request) {
	ch := make(chan string, 1)
	go func() {
		v, _ := fetch(r.Context(), "a")
		ch <- v
	}()
	w.Write([]byte(<-ch))
}

// orCancel either gets the result or ends with the request: the goroutine
// works on the request's context and is abandoned with it.
func orCancel(w http.ResponseWriter, r *http.Request) {
	ctx := r.Context()
	ch := make(chan string, 1)
	go func() {
		v, _ := fetch(ctx, "a")
		ch <- v
	}()
	select {
	case v := <-ch:
		w.Write([]byte(v))
	case <-ctx.Done():
	}
}

// stream pumps events until the client goes away, and waits for that.
func stream(w http.ResponseWriter, r *http.Request) {
	events := make(chan string)
	go func() {
		for {
			select {
			case <-r.Context().Done():
				return
			case events <- "tick":
			}
		}
	}()
	<-r.Context().Done()
}

// collect ranges over the channel the goroutines close.
func collect(w http.ResponseWriter, r *http.Request) {
	out := make(chan string)
	go producer(r.Context(), out)
	for v := range out {
		w.Write([]byte(v))
	}
}

func producer(ctx context.Context, out chan<- string) {
	defer close(out)
	out <- "a"
}

// stoppedTimer stops its timer before returning.
func stoppedTimer(w http.ResponseWriter, r *http.Request) {
	t := time.AfterFunc(time.Second, func() { w.Write([]byte("slow")) })
	defer t.Stop()
	fetch(r.Context(), "a")
}

// stoppedCallback unregisters its context callback.
func stoppedCallback(w http.ResponseWriter, r *http.Request) {
	stop := context.AfterFunc(r.Context(), func() {})
	defer stop()
}

// spawn starts a goroutine on the WaitGroup its caller passes and waits on.
func spawn(wg *sync.WaitGroup, id string) {
	wg.Add(1)
	go func() {
		defer wg.Done()
		fetch(context.Background(), id)
	}()
}

func joinedByCaller(w http.ResponseWriter, r *http.Request) {
	var wg sync.WaitGroup
	for _, id := range r.URL.Query()["id"] {
		spawn(&wg, id)
	}
	wg.Wait()
}

// deferredWait joins in a deferred call.
func deferredWait(w http.ResponseWriter, r *http.Request) {
	var wg sync.WaitGroup
	defer wg.Wait()
	wg.Add(1)
	go func() { defer wg.Done(); fetch(r.Context(), "a") }()
}

// collector stops its helper goroutine by closing the channel it watches.
func collector(w http.ResponseWriter, r *http.Request) {
	done := make(chan struct{})
	problems := make(chan string)
	var found []string
	go func() {
		for {
			select {
			case <-done:
				return
			case p := <-problems:
				found = append(found, p)
			}
		}
	}()
	problems <- "a"
	close(done)
}
