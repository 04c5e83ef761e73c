package connect

import (
	"net/http"
)

// ClientStream is the handler's view of a client streaming RPC.
type ClientStream[Req any] struct {
	spec   Spec
	peer   Peer
	header http.Header
	msg    *Req
	err    error
}

// Spec returns the specification for the RPC.
func (c *ClientStream[_]) Spec() Spec { return c.spec }

// Peer describes the client for this RPC.
func (c *ClientStream[_]) Peer() Peer { return c.peer }

// RequestHeader returns the headers received from the client.
func (c *ClientStream[Req]) RequestHeader() http.Header { return c.header }

// Receive advances the stream to the next message, which will then be
// available through the Msg method.
func (c *ClientStream[Req]) Receive() bool { return false }

// Msg returns the most recent message unmarshaled by a call to Receive.
func (c *ClientStream[Req]) Msg() *Req { return c.msg }

// Err returns the first non-EOF error that was encountered by Receive.
func (c *ClientStream[Req]) Err() error { return c.err }

// ServerStream is the handler's view of a server streaming RPC.
type ServerStream[Res any] struct {
	header  http.Header
	trailer http.Header
}

// ResponseHeader returns the response headers.
func (s *ServerStream[Res]) ResponseHeader() http.Header { return s.header }

// ResponseTrailer returns the response trailers.
func (s *ServerStream[Res]) ResponseTrailer() http.Header { return s.trailer }

// Send a message to the client.
func (s *ServerStream[Res]) Send(msg *Res) error { return nil }

// BidiStream is the handler's view of a bidirectional streaming RPC.
type BidiStream[Req, Res any] struct {
	spec          Spec
	peer          Peer
	requestHeader http.Header
	header        http.Header
	trailer       http.Header
}

// Spec returns the specification for the RPC.
func (b *BidiStream[_, _]) Spec() Spec { return b.spec }

// Peer describes the client for this RPC.
func (b *BidiStream[_, _]) Peer() Peer { return b.peer }

// RequestHeader returns the headers received from the client.
func (b *BidiStream[Req, Res]) RequestHeader() http.Header { return b.requestHeader }

// Receive a message.
func (b *BidiStream[Req, Res]) Receive() (*Req, error) { return nil, nil }

// ResponseHeader returns the response headers.
func (b *BidiStream[Req, Res]) ResponseHeader() http.Header { return b.header }

// ResponseTrailer returns the response trailers.
func (b *BidiStream[Req, Res]) ResponseTrailer() http.Header { return b.trailer }

// Send a message to the client.
func (b *BidiStream[Req, Res]) Send(msg *Res) error { return nil }
