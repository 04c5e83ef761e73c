// Package generics writes global state through generic functions and
// methods: the SSA builder calls an instance through a wrapper that
// belongs to no package, and the write is in the generic origin.
package generics

import (
	"net/http"

	"generics/gstore"
)

type Store[K comparable, V any] struct {
	m map[K]V
}

func NewStore[K comparable, V any]() *Store[K, V] { return &Store[K, V]{m: map[K]V{}} }

func (s *Store[K, V]) Put(k K, v V) { s.m[k] = v } // want `handler login → Store.Put writes package-level map sessions.m`

func put[K comparable, V any](m map[K]V, k K, v V) { m[k] = v } // want `handler remember → put writes package-level map plain`

type Number interface{ ~int | ~int64 }

func add[T Number](p *T, n T) { *p += n } // want `handler count → add assigns package-level variable total`

var (
	sessions = NewStore[string, int]()
	plain    = map[string]int{}
	total    int64
	users    = gstore.New[string, string]()
)

func login(w http.ResponseWriter, r *http.Request) {
	sessions.Put(r.FormValue("id"), 1)
}

func remember(w http.ResponseWriter, r *http.Request) {
	put(plain, r.FormValue("id"), 1)
}

func count(w http.ResponseWriter, r *http.Request) {
	add(&total, 1)
}

func register(w http.ResponseWriter, r *http.Request) {
	users.Set(r.FormValue("id"), r.FormValue("name")) // want `handler register → gstore.Map.Set writes package-level map users.m \(gstore.go:17\)`
}

// requestScoped uses the same generics on values of one request: quiet.
func requestScoped(w http.ResponseWriter, r *http.Request) {
	s := NewStore[string, int]()
	s.Put(r.FormValue("id"), 1)
	m := map[string]int{}
	put(m, "k", 1)
	var n int64
	add(&n, 2)
	g := gstore.New[int, int]()
	g.Set(1, 2)
}
