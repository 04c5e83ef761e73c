// Package funccontainers keeps its handlers in maps and slices that are
// not fields: a table of pages that a handler closure captures, a
// package-level table a handler looks up, a slice of steps a handler runs
// in order, and one handed to a function whose handler runs them. The
// functions in those containers run per request; those in a slice run
// once at startup do not.
package funccontainers

import "net/http"

type ctx struct {
	w http.ResponseWriter
	r *http.Request
}

func home(c *ctx) error { return nil } // want `handler run by a handler home`

func about(c *ctx) error { return nil } // want `handler run by a handler about`

func contact(c *ctx) error { return nil } // want `handler run by a handler contact`

func pages(mux *http.ServeMux) {
	table := map[string]func(*ctx) error{"/": home, "/about": about}
	table["/contact"] = contact
	mux.HandleFunc("/", func(w http.ResponseWriter, r *http.Request) { // want `net/http handler func literal in pages`
		if h, ok := table[r.URL.Path]; ok {
			_ = h(&ctx{w, r})
		}
	})
}

func items(c *ctx) error { return nil } // want `handler run by a handler items`

func users(c *ctx) error { return nil } // want `handler run by a handler users`

var api = map[string]func(*ctx) error{"/v1/items": items}

func init() { api["/v1/users"] = users }

func serveAPI(w http.ResponseWriter, r *http.Request) { // want `net/http handler serveAPI`
	if h := api[r.URL.Path]; h != nil {
		_ = h(&ctx{w, r})
	}
}

func auth(c *ctx) error { return nil } // want `handler run by a handler auth`

func load(c *ctx) error { return nil } // want `handler run by a handler load`

func pipeline(mux *http.ServeMux) {
	steps := []func(*ctx) error{auth, load}
	mux.HandleFunc("/p", func(w http.ResponseWriter, r *http.Request) { // want `net/http handler func literal in pipeline`
		for _, step := range steps {
			_ = step(&ctx{w, r})
		}
	})
}

func audit(c *ctx) error { return nil } // want `handler run by a handler audit`

// chain returns a handler that runs the steps it was given.
func chain(steps ...func(*ctx) error) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) { // want `net/http handler func literal in chain`
		for _, step := range steps {
			_ = step(&ctx{w, r})
		}
	}
}

func migrate() {}

func seed() {}

// Quiet: a slice of functions run once, at startup.
func start(mux *http.ServeMux) {
	for _, f := range []func(){migrate, seed} {
		f()
	}
	mux.Handle("/audit", chain(audit))
}

func checkA(c *ctx) error { return nil } // want `handler run by a handler checkA`

// runAll calls the checks now, on its caller's path.
func runAll(c *ctx, checks []func(*ctx) error) error {
	for _, check := range checks {
		if err := check(c); err != nil {
			return err
		}
	}
	return nil
}

func validate(w http.ResponseWriter, r *http.Request) { // want `net/http handler validate`
	_ = runAll(&ctx{w, r}, []func(*ctx) error{checkA})
}
