package cross_package

import (
	"net/http"
	"sync"

	"jobs"
)

func export(w http.ResponseWriter, r *http.Request) {
	jobs.Start(r.FormValue("name")) // want `handler export → jobs.Start starts a goroutine \(go run\) on context.Background\(\), cut from the request to outlive it \(jobs.go:13\)`
}

// batch joins the goroutines jobs.Spawn starts on its WaitGroup.
func batch(w http.ResponseWriter, r *http.Request) {
	var wg sync.WaitGroup
	for _, n := range r.URL.Query()["name"] {
		jobs.Spawn(&wg, n)
	}
	wg.Wait()
}

// forgotten never waits for the WaitGroup it hands to jobs.Spawn.
func forgotten(w http.ResponseWriter, r *http.Request) {
	var wg sync.WaitGroup
	jobs.Spawn(&wg, r.FormValue("name")) // want `handler forgotten → jobs.Spawn starts a goroutine \(go func literal calling run\) on context.Background\(\), cut from the request to outlive it \(jobs.go:19\)`
}
