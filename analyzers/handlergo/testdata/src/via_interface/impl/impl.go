// Package impl sends mail in the background, and synchronously.
package impl

import "sync"

type Async struct{}

func (Async) Send(to string) {
	go deliver(to)
}

type Sync struct{ wg sync.WaitGroup }

func (s *Sync) Send(to string) {
	s.wg.Add(1)
	go func() { defer s.wg.Done(); deliver(to) }()
	s.wg.Wait()
}

func deliver(to string) {}
