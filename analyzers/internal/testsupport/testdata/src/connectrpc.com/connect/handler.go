package connect

import (
	"context"
	"net/http"
)

// A Handler is the server-side implementation of a single RPC defined by a
// service schema.
type Handler struct {
	spec           Spec
	implementation func(context.Context, any) (any, error)
	allowMethod    string // Allow header
	acceptPost     string // Accept-Post header
}

// A HandlerOption configures a [Handler].
type HandlerOption interface {
	applyToHandler(*handlerConfig)
}

type handlerConfig struct {
	Procedure string
}

// WithHandlerOptions composes multiple HandlerOptions into one.
func WithHandlerOptions(options ...HandlerOption) HandlerOption {
	return &handlerOptionsOption{options}
}

type handlerOptionsOption struct {
	options []HandlerOption
}

func (o *handlerOptionsOption) applyToHandler(config *handlerConfig) {
	for _, option := range o.options {
		option.applyToHandler(config)
	}
}

func newHandler(procedure string, streamType StreamType, options []HandlerOption) *Handler {
	config := &handlerConfig{Procedure: procedure}
	for _, opt := range options {
		opt.applyToHandler(config)
	}
	return &Handler{
		spec:        Spec{Procedure: procedure, StreamType: streamType},
		allowMethod: http.MethodPost,
	}
}

// NewUnaryHandler constructs a [Handler] for a request-response procedure.
func NewUnaryHandler[Req, Res any](
	procedure string,
	unary func(context.Context, *Request[Req]) (*Response[Res], error),
	options ...HandlerOption,
) *Handler {
	return newHandler(procedure, StreamTypeUnary, options)
}

// NewClientStreamHandler constructs a [Handler] for a client streaming
// procedure.
func NewClientStreamHandler[Req, Res any](
	procedure string,
	implementation func(context.Context, *ClientStream[Req]) (*Response[Res], error),
	options ...HandlerOption,
) *Handler {
	return newHandler(procedure, StreamTypeClient, options)
}

// NewServerStreamHandler constructs a [Handler] for a server streaming
// procedure.
func NewServerStreamHandler[Req, Res any](
	procedure string,
	implementation func(context.Context, *Request[Req], *ServerStream[Res]) error,
	options ...HandlerOption,
) *Handler {
	return newHandler(procedure, StreamTypeServer, options)
}

// NewBidiStreamHandler constructs a [Handler] for a bidirectional streaming
// procedure.
func NewBidiStreamHandler[Req, Res any](
	procedure string,
	implementation func(context.Context, *BidiStream[Req, Res]) error,
	options ...HandlerOption,
) *Handler {
	return newHandler(procedure, StreamTypeBidi, options)
}

// ServeHTTP implements [http.Handler].
func (h *Handler) ServeHTTP(responseWriter http.ResponseWriter, request *http.Request) {}
