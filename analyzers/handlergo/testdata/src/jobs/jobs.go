// Package jobs starts work in the background of whoever calls it.
package jobs

import (
	"context"
	"sync"
)

func run(ctx context.Context, name string) {}

// Start runs the job on a goroutine nobody waits for.
func Start(name string) {
	go run(context.Background(), name)
}

// Spawn runs the job on the caller's WaitGroup.
func Spawn(wg *sync.WaitGroup, name string) {
	wg.Add(1)
	go func() {
		defer wg.Done()
		run(context.Background(), name)
	}()
}
