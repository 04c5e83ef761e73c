package quiet_request_scoped

import (
	"encoding/json"
	"net/http"
	"sort"
	"sync"
)

type result struct{ items []string }

func (res *result) add(s string) { res.items = append(res.items, s) }

type Server struct {
	mu     sync.Mutex
	client *http.Client
	name   string
}

func (s *Server) search(w http.ResponseWriter, r *http.Request) {
	// Everything written here is made during the request.
	res := &result{}
	res.add(r.URL.Query().Get("q"))
	counts := map[string]int{}
	var wg sync.WaitGroup
	var mu sync.Mutex
	for _, q := range r.URL.Query()["q"] {
		wg.Add(1)
		go func() {
			defer wg.Done()
			mu.Lock()
			counts[q]++ // captured from the handler itself: request-scoped
			mu.Unlock()
		}()
	}
	wg.Wait()
	total := 0
	func() { total++ }()
	sort.Slice(res.items, func(i, j int) bool { return res.items[i] < res.items[j] })
	if s.client == nil {
		s.client = &http.Client{} // lazy initialization: quiet
	}
	_ = s.name // read
	json.NewEncoder(w).Encode(counts)
	// A handler nested in a handler writes the outer request's variables.
	http.HandlerFunc(func(w2 http.ResponseWriter, r2 *http.Request) {
		total++
	}).ServeHTTP(w, r)
}

// value receivers copy the struct: assigning its fields changes nothing
// shared.
type view struct{ title string }

func (v view) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	v.title = r.URL.Path
	w.Write([]byte(v.title))
}

// control returns a check that reads the parameter it captured; the
// parameter is spilled to a heap cell, which is not the caller's memory.
func control(allowed []string) func(string) bool {
	return func(host string) bool { return len(allowed) > 0 && allowed[0] == host }
}

func (s *Server) dial(w http.ResponseWriter, r *http.Request) {
	_ = control([]string{s.name})
}

// oidc is initialized on first use by whichever request comes first.
type oidc struct {
	clientID string
	provider *http.Client
}

func (o *oidc) init() {
	o.provider = &http.Client{}
	o.clientID = "app"
}

func (o *oidc) config() string {
	if o.clientID == "" {
		o.init() // guarded by a zero check of the same object: lazy init
	}
	return o.clientID
}

type Auth struct{ oidc *oidc }

func (a *Auth) login(w http.ResponseWriter, r *http.Request) {
	_ = a.oidc.config()
}
