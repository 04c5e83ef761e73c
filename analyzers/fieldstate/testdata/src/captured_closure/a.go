package captured_closure

import (
	"net/http"
	"sync"
)

// counter returns a handler counting its calls in a captured variable.
func counter() http.HandlerFunc {
	var mu sync.Mutex
	hits := 0
	seen := map[string]bool{}
	return func(w http.ResponseWriter, r *http.Request) {
		mu.Lock()
		defer mu.Unlock()
		hits++ // want `^handler func literal in counter writes 2 captured variables: hits, seen: state kept in one instance's memory is lost on restart and unseen by other instances$`
		seen[r.RemoteAddr] = true
	}
}

type API struct{ tokens map[string]string }

// handleToken is the "method returns an http.HandlerFunc" pattern: the
// method runs once at setup, the closure on every request.
func (a *API) handleToken() http.HandlerFunc {
	a.tokens = map[string]string{} // setup: quiet
	return func(w http.ResponseWriter, r *http.Request) {
		a.tokens[r.FormValue("user")] = "t" // want `handler func literal in API.handleToken writes captured map a.tokens`
	}
}

// logging is middleware: the inner handler runs on every request.
func logging(next http.Handler) http.Handler {
	requests := 0
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		requests++ // want `handler func literal in logging increments captured counter requests`
		next.ServeHTTP(w, r)
	})
}

func main() {
	a := &API{}
	mux := http.NewServeMux()
	mux.HandleFunc("/count", counter())
	mux.HandleFunc("/token", a.handleToken())
	http.ListenAndServe(":8080", logging(mux))
}
