package profilesvc

import (
	"context"

	"github.com/go-kit/kit/endpoint"
)

// Endpoints collects the endpoints of the service, each a closure over it.
// SeedEndpoint is never given to a server: main calls it once.
type Endpoints struct {
	PostProfileEndpoint endpoint.Endpoint
	GetProfileEndpoint  endpoint.Endpoint
	SeedEndpoint        endpoint.Endpoint
}

func MakeServerEndpoints(s Service) Endpoints {
	return Endpoints{
		PostProfileEndpoint: MakePostProfileEndpoint(s),
		GetProfileEndpoint:  MakeGetProfileEndpoint(s),
		SeedEndpoint: func(ctx context.Context, _ interface{}) (interface{}, error) {
			return nil, s.Seed(ctx)
		},
	}
}

func MakePostProfileEndpoint(s Service) endpoint.Endpoint {
	return func(ctx context.Context, request interface{}) (interface{}, error) {
		p := request.(Profile)
		return nil, s.PostProfile(ctx, p)
	}
}

func MakeGetProfileEndpoint(s Service) endpoint.Endpoint {
	return func(ctx context.Context, request interface{}) (interface{}, error) {
		return s.GetProfile(ctx, request.(string))
	}
}
