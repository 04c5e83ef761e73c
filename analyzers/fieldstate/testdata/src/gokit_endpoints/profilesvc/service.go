// Package profilesvc mirrors the go-kit profilesvc example
// (github.com/go-kit/examples, profilesvc): handlers are go-kit servers
// over endpoint closures, kept in the fields of an Endpoints struct, which
// call the Service interface that main wires to an in-memory
// implementation. The write is reported where main wires it.
package profilesvc

import (
	"context"
	"sync"
)

type Profile struct{ ID, Name string }

type Service interface {
	PostProfile(ctx context.Context, p Profile) error
	GetProfile(ctx context.Context, id string) (Profile, error)
	Seed(ctx context.Context) error
}

type inmemService struct {
	mtx    sync.RWMutex
	m      map[string]Profile
	seeded map[string]bool
}

func NewInmemService() Service {
	return &inmemService{m: map[string]Profile{}, seeded: map[string]bool{}}
}

func (s *inmemService) PostProfile(ctx context.Context, p Profile) error {
	s.mtx.Lock()
	defer s.mtx.Unlock()
	s.m[p.ID] = p
	return nil
}

func (s *inmemService) GetProfile(ctx context.Context, id string) (Profile, error) {
	s.mtx.RLock()
	defer s.mtx.RUnlock()
	return s.m[id], nil
}

// Seed runs once, from main, through an endpoint no route serves: quiet.
func (s *inmemService) Seed(ctx context.Context) error {
	s.seeded["admin"] = true
	return nil
}

// loggingMiddleware decorates a Service, as go-kit's examples do.
type loggingMiddleware struct{ next Service }

func LoggingMiddleware() func(Service) Service {
	return func(next Service) Service { return &loggingMiddleware{next: next} }
}

func (mw loggingMiddleware) PostProfile(ctx context.Context, p Profile) error {
	return mw.next.PostProfile(ctx, p)
}

func (mw loggingMiddleware) Seed(ctx context.Context) error { return mw.next.Seed(ctx) }

func (mw loggingMiddleware) GetProfile(ctx context.Context, id string) (Profile, error) {
	return mw.next.GetProfile(ctx, id)
}
