// Package keepalive touches an entry while an upload lasts, on a goroutine
// the caller stops through the function it gets back.
package keepalive

import "time"

type Cache interface{ Touch(key string) }

// Start touches key every few seconds until the returned function is
// called.
func Start(cache Cache, key string) func() {
	stop := make(chan bool)
	go func() {
		ticker := time.NewTicker(2 * time.Second)
		defer ticker.Stop()
		for {
			select {
			case <-stop:
				return
			case <-ticker.C:
				cache.Touch(key)
			}
		}
	}()
	return func() {
		close(stop)
	}
}
