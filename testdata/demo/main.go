// Command demo is a tiny shop API that keeps its clients' state inside the
// process. Run two copies behind a load balancer and a user who logged in
// on one is a stranger to the other; restart one and its carts are gone.
// statecheck reports each place where that happens, and stays quiet about
// the state that is harmless.
package main

import (
	"crypto/rand"
	"encoding/json"
	"fmt"
	"log"
	"net/http"
	"sync"
)

// sessions maps a session token to a user name.
var sessions = map[string]string{}

// hits counts requests served.
var hits int

// prices is filled before the server starts and only read afterwards.
var prices = map[string]int{}

var (
	bannerOnce sync.Once
	banner     string
)

// server holds what every handler shares for the life of the process.
type server struct {
	carts map[string][]string // user → items in the cart
}

func login(w http.ResponseWriter, r *http.Request) {
	token := rand.Text()
	sessions[token] = r.FormValue("user") // lost on restart, unknown to other instances
	http.SetCookie(w, &http.Cookie{Name: "session", Value: token, HttpOnly: true})
}

func countHit(w http.ResponseWriter, r *http.Request) {
	hits++ // each instance counts its own hits
	fmt.Fprintf(w, "%d\n", hits)
}

func (s *server) addToCart(w http.ResponseWriter, r *http.Request) {
	c, err := r.Cookie("session")
	if err != nil {
		http.Error(w, "log in first", http.StatusUnauthorized)
		return
	}
	user := sessions[c.Value]
	s.carts[user] = append(s.carts[user], r.FormValue("item")) // the cart lives in this instance only
	w.WriteHeader(http.StatusNoContent)
}

// quote prices the requested items. The map it fills is its own, and the
// global it reads is never written while serving: nothing to report.
func quote(w http.ResponseWriter, r *http.Request) {
	total := map[string]int{}
	for _, item := range r.URL.Query()["item"] {
		total[item] += prices[item]
	}
	json.NewEncoder(w).Encode(total)
}

// welcome sets the banner once, the same on every instance.
func welcome(w http.ResponseWriter, r *http.Request) {
	bannerOnce.Do(func() { banner = "welcome to the demo shop" })
	fmt.Fprintln(w, banner)
}

func init() {
	prices["apple"] = 3
}

func main() {
	prices["pear"] = 4 // before serving: every instance does the same
	s := &server{carts: map[string][]string{}}
	lastSeen := map[string]string{}

	mux := http.NewServeMux()
	mux.HandleFunc("POST /login", login)
	mux.HandleFunc("GET /hits", countHit)
	mux.HandleFunc("POST /cart", s.addToCart)
	mux.HandleFunc("GET /quote", quote)
	mux.HandleFunc("GET /", welcome)
	mux.HandleFunc("GET /visit", func(w http.ResponseWriter, r *http.Request) {
		lastSeen[r.RemoteAddr] = r.URL.Query().Get("page") // captured by the closure: one instance's memory
	})
	log.Fatal(http.ListenAndServe(":8080", mux))
}
