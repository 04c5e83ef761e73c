package profilesvc

import (
	"context"
	"net/http"

	httptransport "github.com/go-kit/kit/transport/http"
)

func MakeHTTPHandler(s Service) http.Handler {
	r := http.NewServeMux()
	e := MakeServerEndpoints(s)
	r.Handle("POST /profiles/", httptransport.NewServer(e.PostProfileEndpoint, decodeProfile, encodeResponse))
	r.Handle("GET /profiles/{id}", httptransport.NewServer(e.GetProfileEndpoint, decodeID, encodeResponse))
	return r
}

func decodeProfile(_ context.Context, r *http.Request) (interface{}, error) {
	return Profile{ID: r.FormValue("id"), Name: r.FormValue("name")}, nil
}

func decodeID(_ context.Context, r *http.Request) (interface{}, error) {
	return r.PathValue("id"), nil
}

func encodeResponse(_ context.Context, w http.ResponseWriter, response interface{}) error {
	return nil
}
