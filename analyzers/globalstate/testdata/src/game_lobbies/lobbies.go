// Package game_lobbies mirrors a drawing game's server (scribble-rs/scribble.rs,
// internal/state): lobbies live in a package-level slice, each with its
// settings, round, words and players, and each player holds the websocket
// it plays on. The lobby is game state a client reconnecting to another
// instance cannot find, even though its players hold connections.
package game_lobbies

import (
	"net/http"
	"sync"
	"time"

	"github.com/gorilla/websocket"
)

type Player struct {
	Name  string
	Score int
	ws    *websocket.Conn
}

type Lobby struct {
	ID      string
	Round   int
	Words   []string
	players []*Player
	ticker  *time.Ticker
	mutex   sync.Mutex
}

var (
	mu      sync.RWMutex
	lobbies []*Lobby
)

func addLobby(l *Lobby) {
	mu.Lock()
	defer mu.Unlock()
	lobbies = append(lobbies, l) // want `handler postLobby → addLobby appends to package-level slice lobbies`
}

func postLobby(w http.ResponseWriter, r *http.Request) {
	addLobby(&Lobby{ID: r.FormValue("id"), ticker: time.NewTicker(time.Second)})
}

// A hub of clients, each a connection and its send channel, stays quiet:
// that registry belongs to the instance holding the connections.
type client struct {
	conn *websocket.Conn
	send chan []byte
}

var (
	clients = map[*client]bool{}
	sockets = map[string]*websocket.Conn{}
	streams = map[string][]chan string{}
)

var upgrader websocket.Upgrader

func join(w http.ResponseWriter, r *http.Request) {
	c, _ := upgrader.Upgrade(w, r, nil)
	mu.Lock()
	defer mu.Unlock()
	clients[&client{conn: c, send: make(chan []byte)}] = true
	sockets[r.FormValue("id")] = c
	streams[r.FormValue("id")] = append(streams[r.FormValue("id")], make(chan string))
}

func init() {
	http.HandleFunc("/lobby", postLobby)
	http.HandleFunc("/ws", join)
}
