package connection_registry_optin

import (
	"net/http"
	"sync"

	"github.com/gorilla/websocket"
)

type subscriber struct {
	user uint
	ch   chan string
}

// Hub tracks live connections: that state belongs to whichever instance
// holds the connection and is quiet unless -connections is set.
type Hub struct {
	mu      sync.Mutex
	subs    map[uint]map[*subscriber]struct{}
	sockets map[*websocket.Conn]bool
}

func (h *Hub) stream(w http.ResponseWriter, r *http.Request) {
	s := &subscriber{ch: make(chan string)}
	h.mu.Lock()
	if h.subs[s.user] == nil {
		h.subs[s.user] = map[*subscriber]struct{}{} // want `^handler Hub.stream writes map h.subs of the long-lived receiver: state kept in one instance's memory is lost on restart and unseen by other instances$`
	}
	h.subs[s.user][s] = struct{}{}
	h.mu.Unlock()
	defer func() {
		h.mu.Lock()
		delete(h.subs[s.user], s)
		h.mu.Unlock()
	}()
}

var upgrader websocket.Upgrader

func (h *Hub) ws(w http.ResponseWriter, r *http.Request) {
	c, _ := upgrader.Upgrade(w, r, nil)
	h.sockets[c] = true // want `writes map h.sockets of the long-lived receiver`
}
