// Package range_func checks goroutines started in the body of a
// range-over-func loop: the function the loop is written in may wait for
// them after the loop.
package range_func

import (
	"maps"
	"net/http"
	"sync"
)

func work(k string) {}

func unjoined(w http.ResponseWriter, r *http.Request) {
	for k := range maps.Keys(r.Form) {
		go work(k) // want `^handler unjoined starts a goroutine \(go work\)`
	}
}

// joined waits for every goroutine after the loop: quiet.
func joined(w http.ResponseWriter, r *http.Request) {
	var wg sync.WaitGroup
	for k := range maps.Keys(r.Form) {
		wg.Add(1)
		go func() {
			defer wg.Done()
			work(k)
		}()
	}
	wg.Wait()
}

// joinedGo uses WaitGroup.Go: quiet.
func joinedGo(w http.ResponseWriter, r *http.Request) {
	var wg sync.WaitGroup
	for k := range maps.Keys(r.Form) {
		wg.Go(func() { work(k) })
	}
	wg.Wait()
}

// forgotten counts its goroutines on a WaitGroup it never waits for.
func forgotten(w http.ResponseWriter, r *http.Request) {
	var wg sync.WaitGroup
	for k := range maps.Keys(r.Form) {
		wg.Go(func() { work(k) }) // want `^handler forgotten starts a goroutine \(WaitGroup.Go func literal calling work\) and never waits for it`
	}
}

func main() {
	http.HandleFunc("/a", unjoined)
	http.HandleFunc("/b", joined)
	http.HandleFunc("/c", joinedGo)
	http.HandleFunc("/d", forgotten)
}
