// Package websocket is a test stub mirroring the exported API of
// github.com/coder/websocket v1.8.15 used by statecheck's tests.
package websocket

import (
	"context"
	"errors"
	"net/http"
	"sync"
)

// MessageType represents the type of a WebSocket message.
// See https://tools.ietf.org/html/rfc6455#section-5.6
type MessageType int

// MessageType constants.
const (
	// MessageText is for UTF-8 encoded text messages like JSON.
	MessageText MessageType = iota + 1
	// MessageBinary is for binary messages like protobufs.
	MessageBinary
)

// StatusCode represents a WebSocket status code.
// https://tools.ietf.org/html/rfc6455#section-7.4
type StatusCode int

// https://www.iana.org/assignments/websocket/websocket.xhtml#close-code-number
const (
	StatusNormalClosure   StatusCode = 1000
	StatusGoingAway       StatusCode = 1001
	StatusProtocolError   StatusCode = 1002
	StatusUnsupportedData StatusCode = 1003
	StatusInternalError   StatusCode = 1011
)

// Conn represents a WebSocket connection.
// All methods may be called concurrently except for Reader and Read.
type Conn struct {
	closeMu sync.Mutex
	closed  bool
	msgs    chan []byte
}

// AcceptOptions represents Accept's options.
type AcceptOptions struct {
	// Subprotocols lists the WebSocket subprotocols that Accept will
	// negotiate with the client.
	Subprotocols []string

	// InsecureSkipVerify is used to disable Accept's origin verification
	// behaviour.
	InsecureSkipVerify bool

	// OriginPatterns lists the host patterns for authorized origins.
	OriginPatterns []string
}

// Accept accepts a WebSocket handshake from a client and upgrades the
// the connection to a WebSocket.
func Accept(w http.ResponseWriter, r *http.Request, opts *AcceptOptions) (*Conn, error) {
	if _, ok := w.(http.Hijacker); !ok {
		return nil, errors.New("http.ResponseWriter does not implement http.Hijacker")
	}
	return &Conn{msgs: make(chan []byte, 1)}, nil
}

// Read is a convenience method around Reader to read a single message from
// the connection.
func (c *Conn) Read(ctx context.Context) (MessageType, []byte, error) {
	select {
	case <-ctx.Done():
		return 0, nil, ctx.Err()
	case p, ok := <-c.msgs:
		if !ok {
			return 0, nil, errors.New("failed to read: connection closed")
		}
		return MessageText, p, nil
	}
}

// Write writes a message to the connection.
func (c *Conn) Write(ctx context.Context, typ MessageType, p []byte) error {
	c.closeMu.Lock()
	defer c.closeMu.Unlock()
	if c.closed {
		return errors.New("failed to write: connection closed")
	}
	return nil
}

// Close performs the WebSocket close handshake with the given status code
// and reason.
func (c *Conn) Close(code StatusCode, reason string) (err error) {
	return c.CloseNow()
}

// CloseNow closes the WebSocket connection without attempting a close
// handshake.
func (c *Conn) CloseNow() (err error) {
	c.closeMu.Lock()
	defer c.closeMu.Unlock()
	if c.closed {
		return errors.New("already closed")
	}
	c.closed = true
	close(c.msgs)
	return nil
}
