// Package websocket is a test stub mirroring the exported API of
// github.com/gorilla/websocket v1.5.3 used by statecheck's tests.
package websocket

import (
	"errors"
	"net"
	"net/http"
	"time"
)

// The message types are defined in RFC 6455, section 11.8.
const (
	// TextMessage denotes a text data message. The text message payload is
	// interpreted as UTF-8 encoded text data.
	TextMessage = 1

	// BinaryMessage denotes a binary data message.
	BinaryMessage = 2

	// CloseMessage denotes a close control message.
	CloseMessage = 8

	// PingMessage denotes a ping control message.
	PingMessage = 9

	// PongMessage denotes a pong control message.
	PongMessage = 10
)

// Close codes defined in RFC 6455, section 11.7.
const (
	CloseNormalClosure = 1000
	CloseGoingAway     = 1001
)

// Conn represents a WebSocket connection.
type Conn struct {
	conn        net.Conn
	isServer    bool
	subprotocol string
}

// Subprotocol returns the negotiated protocol for the connection.
func (c *Conn) Subprotocol() string { return c.subprotocol }

// Close closes the underlying network connection without sending or
// waiting for a close message.
func (c *Conn) Close() error {
	if c.conn == nil {
		return nil
	}
	return c.conn.Close()
}

// WriteMessage is a helper method for getting a writer using NextWriter,
// writing the message and closing the writer.
func (c *Conn) WriteMessage(messageType int, data []byte) error {
	if c.conn == nil {
		return errors.New("websocket: connection is closed")
	}
	_, err := c.conn.Write(data)
	return err
}

// ReadMessage is a helper method for getting a reader using NextReader and
// reading from that reader to a buffer.
func (c *Conn) ReadMessage() (messageType int, p []byte, err error) {
	if c.conn == nil {
		return -1, nil, errors.New("websocket: connection is closed")
	}
	buf := make([]byte, 4096)
	n, err := c.conn.Read(buf)
	return TextMessage, buf[:n], err
}

// WriteJSON writes the JSON encoding of v as a message.
func (c *Conn) WriteJSON(v interface{}) error { return nil }

// ReadJSON reads the next JSON-encoded message from the connection and
// stores it in the value pointed to by v.
func (c *Conn) ReadJSON(v interface{}) error { return nil }

// SetReadDeadline sets the read deadline on the underlying network
// connection.
func (c *Conn) SetReadDeadline(t time.Time) error {
	if c.conn == nil {
		return nil
	}
	return c.conn.SetReadDeadline(t)
}

// Upgrader specifies parameters for upgrading an HTTP connection to a
// WebSocket connection.
//
// It is safe to call Upgrader's methods concurrently.
type Upgrader struct {
	// HandshakeTimeout specifies the duration for the handshake to
	// complete.
	HandshakeTimeout time.Duration

	// ReadBufferSize and WriteBufferSize specify I/O buffer sizes in
	// bytes.
	ReadBufferSize, WriteBufferSize int

	// Subprotocols specifies the server's supported protocols in order of
	// preference.
	Subprotocols []string

	// Error specifies the function for generating HTTP error responses.
	Error func(w http.ResponseWriter, r *http.Request, status int, reason error)

	// CheckOrigin returns true if the request Origin header is acceptable.
	CheckOrigin func(r *http.Request) bool

	// EnableCompression specify if the server should attempt to negotiate
	// per message compression (RFC 7692).
	EnableCompression bool
}

// Upgrade upgrades the HTTP server connection to the WebSocket protocol.
func (u *Upgrader) Upgrade(w http.ResponseWriter, r *http.Request, responseHeader http.Header) (*Conn, error) {
	if u.CheckOrigin != nil && !u.CheckOrigin(r) {
		return nil, errors.New("websocket: request origin not allowed by Upgrader.CheckOrigin")
	}
	h, ok := w.(http.Hijacker)
	if !ok {
		return nil, errors.New("websocket: response does not implement http.Hijacker")
	}
	netConn, _, err := h.Hijack()
	if err != nil {
		return nil, err
	}
	return &Conn{conn: netConn, isServer: true}, nil
}
