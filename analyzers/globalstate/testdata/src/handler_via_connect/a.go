package handler_via_connect

import (
	"context"
	"net/http"

	"connectrpc.com/connect"
	"example.com/gen/greetv1"
	"example.com/gen/greetv1/greetv1connect"
)

var names []string

type greeter struct{}

func (greeter) Greet(ctx context.Context, req *connect.Request[greetv1.GreetRequest]) (*connect.Response[greetv1.GreetResponse], error) {
	names = append(names, req.Msg.GetName()) // want `handler greeter.Greet appends to package-level slice names`
	return connect.NewResponse(&greetv1.GreetResponse{}), nil
}

func main() {
	mux := http.NewServeMux()
	mux.Handle(greetv1connect.NewGreetServiceHandler(greeter{}))
	http.ListenAndServe(":8080", mux)
}
