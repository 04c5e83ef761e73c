// Package booking mirrors go-kit's shipping example (github.com/go-kit/examples,
// shipping/booking): the endpoint constructor's result, wrapped in
// middleware as go-kit's addsvc does, goes to kithttp.NewServer, and the
// service keeps cargos in a repository that main wires.
package booking

import (
	"context"
	"net/http"

	"github.com/go-kit/kit/endpoint"
	kithttp "github.com/go-kit/kit/transport/http"
)

type Cargo struct{ ID string }

type Repository interface{ Store(c Cargo) error }

// MemRepository keeps cargos in a map.
type MemRepository struct{ cargos map[string]Cargo }

func NewMemRepository() *MemRepository { return &MemRepository{cargos: map[string]Cargo{}} }

func (r *MemRepository) Store(c Cargo) error {
	r.cargos[c.ID] = c
	return nil
}

type Service interface{ Book(id string) error }

type service struct{ cargos Repository }

func NewService(r Repository) Service { return &service{cargos: r} }

func (s *service) Book(id string) error { return s.cargos.Store(Cargo{ID: id}) }

func makeBookEndpoint(s Service) endpoint.Endpoint {
	return func(ctx context.Context, request interface{}) (interface{}, error) {
		return nil, s.Book(request.(string))
	}
}

// makeWarmup is handed to a library call whose result serves no request:
// the literal is not a handler.
func makeWarmup(r Repository) func() {
	return func() { _ = r.Store(Cargo{ID: "warmup"}) }
}

func MakeHandler(s Service, r Repository) http.Handler {
	mux := http.NewServeMux()
	// As go-kit services do, the endpoint is wrapped in middleware first.
	book := makeBookEndpoint(s)
	book = endpoint.Chain(loggingMiddleware(), loggingMiddleware())(book)
	mux.Handle("POST /booking", kithttp.NewServer(book, decode, encode))
	runOnce(makeWarmup(r))
	return mux
}

func runOnce(f func()) { f() }

func loggingMiddleware() endpoint.Middleware {
	return func(next endpoint.Endpoint) endpoint.Endpoint {
		return func(ctx context.Context, request interface{}) (interface{}, error) {
			return next(ctx, request)
		}
	}
}

func decode(_ context.Context, r *http.Request) (interface{}, error) { return r.FormValue("id"), nil }

func encode(_ context.Context, w http.ResponseWriter, response interface{}) error { return nil }
