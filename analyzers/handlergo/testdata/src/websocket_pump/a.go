package websocket_pump

import (
	"net/http"

	"github.com/gorilla/websocket"
)

var upgrader = websocket.Upgrader{}

type Client struct {
	conn *websocket.Conn
	send chan []byte
}

func (c *Client) writePump() {
	for msg := range c.send {
		c.conn.WriteMessage(1, msg)
	}
}

// serveWs starts the connection's write pump: it serves the connection and
// ends with it, so it is reported only with -connections.
func serveWs(w http.ResponseWriter, r *http.Request) {
	conn, err := upgrader.Upgrade(w, r, nil)
	if err != nil {
		return
	}
	client := &Client{conn: conn, send: make(chan []byte, 16)}
	go client.writePump()
}
