// Package gstore is a generic store in another package: its instances'
// writes reach handlers through the generic origin's facts.
package gstore

import "sync"

type Map[K comparable, V any] struct {
	mu sync.Mutex
	m  map[K]V
}

func New[K comparable, V any]() *Map[K, V] { return &Map[K, V]{m: map[K]V{}} }

func (s *Map[K, V]) Set(k K, v V) {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.m[k] = v
}
