package entry

import (
	"go/types"

	"github.com/statecheck/statecheck/analyzers/internal/model"
	"github.com/statecheck/statecheck/analyzers/internal/settings"
)

// handlerKind returns the kind of request handler a function of signature
// sig is, or "" when it is none. Handlers are recognized by the types of
// their parameters, which frameworks define; a function that takes the
// request of a framework runs once per request.
func handlerKind(sig *types.Signature) string {
	params := sig.Params()
	if params.Len() == 0 {
		return ""
	}
	first := params.At(0).Type()
	if !settings.HandlerTypes.Empty() && settings.HandlerTypes.Has(settings.TypeName(first)) {
		return "handler"
	}
	if !handlerResults(sig.Results()) {
		// A function that takes the request and returns something other
		// than an error is a helper of handlers (a middleware's
		// func(w, r) (http.ResponseWriter, *http.Request)): it is analyzed
		// where a handler calls it, with what it is called on.
		return rpcKind(params)
	}
	if params.Len() >= 2 && model.IsNamed(first, "net/http", "ResponseWriter") && isPointerTo(params.At(1).Type(), "net/http", "Request") {
		return "net/http handler"
	}
	switch {
	case isPointerTo(first, "github.com/gin-gonic/gin", "Context"):
		return "gin handler"
	case isInterface(first, "github.com/labstack/echo/v4", "Context"):
		return "echo handler"
	case isPointerTo(first, "github.com/labstack/echo/v5", "Context"):
		return "echo handler"
	case isPointerTo(first, "github.com/gofiber/fiber/v2", "Ctx"):
		return "fiber handler"
	case isInterface(first, "github.com/gofiber/fiber/v3", "Ctx"):
		return "fiber handler"
	case isPointerTo(first, "github.com/valyala/fasthttp", "RequestCtx"):
		return "fasthttp handler"
	}
	return rpcKind(params)
}

// handlerResults reports whether a function returning res can be an HTTP
// framework's handler: it returns nothing, or an error (echo, fiber, and
// the func(w, r) error of many applications).
func handlerResults(res *types.Tuple) bool {
	return res.Len() == 0 || res.Len() == 1 && types.Identical(res.At(0).Type(), types.Universe.Lookup("error").Type())
}

// rpcKind returns the kind of a gRPC or connect method with parameters
// params, or "".
func rpcKind(params *types.Tuple) string {
	for i := range params.Len() {
		t := params.At(i).Type()
		switch {
		case isPointerTo(t, "connectrpc.com/connect", "Request"),
			isPointerTo(t, "connectrpc.com/connect", "ServerStream"),
			isPointerTo(t, "connectrpc.com/connect", "ClientStream"),
			isPointerTo(t, "connectrpc.com/connect", "BidiStream"):
			return "connect method"
		case grpcStream(t):
			return "gRPC method"
		}
	}
	return ""
}

// grpcStream reports whether t is the stream parameter of a streaming gRPC
// method: grpc's generic stream interfaces, or a generated interface that
// embeds grpc.ServerStream.
func grpcStream(t types.Type) bool {
	const grpc = "google.golang.org/grpc"
	if isInterface(t, grpc, "ServerStreamingServer") || isInterface(t, grpc, "ClientStreamingServer") ||
		isInterface(t, grpc, "BidiStreamingServer") || isInterface(t, grpc, "ServerStream") {
		return true
	}
	iface, ok := t.Underlying().(*types.Interface)
	if !ok {
		return false
	}
	for i := range iface.NumEmbeddeds() {
		if isInterface(iface.EmbeddedType(i), grpc, "ServerStream") {
			return true
		}
	}
	return false
}

// isPointerTo reports whether t is *path.name.
func isPointerTo(t types.Type, path, name string) bool {
	p, ok := types.Unalias(t).(*types.Pointer)
	return ok && model.IsNamed(p.Elem(), path, name)
}

// isInterface reports whether t is the named interface path.name.
func isInterface(t types.Type, path, name string) bool {
	if _, ok := types.Unalias(t).(*types.Pointer); ok {
		return false
	}
	return model.IsNamed(t, path, name)
}
