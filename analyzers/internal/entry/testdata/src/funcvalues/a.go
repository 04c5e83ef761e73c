package funcvalues

import (
	"net/http"

	"minirouter"
)

type data struct{ user string }

// handleFunc is the service's own handler type.
type handleFunc func(w http.ResponseWriter, r *http.Request, d *data) (int, error)

// handle adapts a handleFunc to net/http.
func handle(fn handleFunc) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) { // want `net/http handler func literal in handle`
		_, _ = fn(w, r, &data{})
	})
}

// withUser wraps a handleFunc in another.
func withUser(fn handleFunc) handleFunc {
	return func(w http.ResponseWriter, r *http.Request, d *data) (int, error) { // want `handler run by a handler func literal in withUser`
		d.user = r.Header.Get("X-User")
		return fn(w, r, d)
	}
}

func getItems(w http.ResponseWriter, r *http.Request, d *data) (int, error) { return 200, nil } // want `adapted handler getItems`

func putItem(w http.ResponseWriter, r *http.Request, d *data) (int, error) { return 201, nil } // want `handler run by a handler putItem`

type server struct{ hits int }

func (s *server) listB(c *minirouter.Ctx) error { return nil } // want `handler run by a handler server.listB`

func listA(c *minirouter.Ctx) error { return nil } // want `handler run by a handler listA`

func setup() {}

func configure(name string) {}

func worker(c *minirouter.Ctx) error { return nil }

func apply(fn func(*minirouter.Ctx) error) { _ = fn(nil) }

func routes(mux *http.ServeMux, rt *minirouter.Router, s *server) {
	mux.Handle("/items", handle(getItems))
	mux.Handle("/items/new", handle(withUser(putItem)))
	rt.GET("/a", listA)
	rt.Handle("GET", "/b", s.listB)
	rt.GET("/c", func(c *minirouter.Ctx) error { return nil }) // want `handler run by a handler func literal in routes`

	count := func() { s.hits++ } // want `handler run by a handler func literal in routes`
	mux.HandleFunc("/n", func(w http.ResponseWriter, r *http.Request) { count() }) // want `net/http handler func literal in routes`

	// Quiet: called now, or later but not per request.
	rt.Use(setup)
	minirouter.Each([]string{"a"}, configure)
	apply(worker)
	go func() { _ = worker(nil) }()
}

func tableA(c *minirouter.Ctx) error { return nil } // want `handler run by a handler tableA`

func listC(c *minirouter.Ctx) error { return nil } // want `handler run by a handler listC`

func onAdd() {}

func tables(t *minirouter.Table, l *minirouter.List) {
	t.On("/t", tableA)
	t.Name("/t", "table")
	l.Add("/l", listC, onAdd)
}

func audit(c *minirouter.Ctx) error { return nil } // want `handler run by a handler audit`

// inTx calls its callback now, on the request path of its caller.
func inTx(c *minirouter.Ctx, fn func(*minirouter.Ctx) error) error { return fn(c) }

func checkout(w http.ResponseWriter, r *http.Request) { // want `net/http handler checkout`
	c := &minirouter.Ctx{W: w, R: r}
	_ = inTx(c, func(c *minirouter.Ctx) error { return nil }) // want `handler run by a handler func literal in checkout`
	apply(audit)
}
