package kinds

import (
	"context"
	"net/http"

	"connectrpc.com/connect"
	"example.com/gen/greeterpb"
	"example.com/gen/greetv1"
	"github.com/gin-gonic/gin"
	echo4 "github.com/labstack/echo/v4"
	echo5 "github.com/labstack/echo/v5"
	fiber2 "github.com/gofiber/fiber/v2"
	fiber3 "github.com/gofiber/fiber/v3"
	"google.golang.org/grpc"
)

func plain(w http.ResponseWriter, r *http.Request) {} // want `net/http handler plain`

func withExtra(w http.ResponseWriter, r *http.Request, user string) {} // want `net/http handler withExtra`

type Server struct{}

func (s *Server) ServeHTTP(w http.ResponseWriter, r *http.Request) {} // want `net/http handler Server.ServeHTTP`

// routes builds handlers; it is not one.
func (s *Server) routes() http.Handler {
	mux := http.NewServeMux()
	mux.HandleFunc("/", func(w http.ResponseWriter, r *http.Request) {}) // want `net/http handler func literal in Server.routes`
	return mux
}

func middleware(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) { // want `net/http handler func literal in middleware`
		next.ServeHTTP(w, r)
	})
}

func ginHandler(c *gin.Context)          {}            // want `gin handler ginHandler`
func echo4Handler(c echo4.Context) error { return nil } // want `echo handler echo4Handler`
func echo5Handler(c *echo5.Context) error { return nil } // want `echo handler echo5Handler`
func fiber2Handler(c *fiber2.Ctx) error  { return nil } // want `fiber handler fiber2Handler`
func fiber3Handler(c fiber3.Ctx) error   { return nil } // want `fiber handler fiber3Handler`

func connectMethod(ctx context.Context, req *connect.Request[greetv1.GreetRequest]) (*connect.Response[greetv1.GreetResponse], error) { // want `connect method connectMethod`
	return nil, nil
}

type greeter struct {
	greeterpb.UnimplementedGreeterServer
}

func (g *greeter) SayHello(ctx context.Context, in *greeterpb.HelloRequest) (*greeterpb.HelloReply, error) { // want `gRPC method greeter.SayHello`
	return nil, nil
}

// StreamHellos is a handler by its stream parameter too.
func (g *greeter) StreamHellos(in *greeterpb.HelloRequest, s grpc.ServerStreamingServer[greeterpb.HelloReply]) error { // want `gRPC method greeter.StreamHellos`
	return nil
}

// notAMethod of the service: its name is not in the service interface.
func (g *greeter) notAMethod(ctx context.Context, in *greeterpb.HelloRequest) {}

// helpers that take a context and a request of the application are not
// handlers by themselves.
func load(ctx context.Context, id string) error { return nil }

// renew takes the request but returns a new writer and request: a helper
// of a middleware, analyzed where a handler calls it, not a handler.
func (s *Server) renew(w http.ResponseWriter, r *http.Request) (http.ResponseWriter, *http.Request) {
	return w, r
}

// check returns an error, as handlers of many applications do.
func check(w http.ResponseWriter, r *http.Request) error { return nil } // want `net/http handler check`

func handleFunc(fn func(w http.ResponseWriter, r *http.Request) error) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) { _ = fn(w, r) } // want `net/http handler func literal in handleFunc`
}

func errorHandler(w http.ResponseWriter, r *http.Request) error { return nil } // want `net/http handler errorHandler`

func main() {
	http.Handle("/e", handleFunc(errorHandler))
	_ = load(context.Background(), "x")
}
