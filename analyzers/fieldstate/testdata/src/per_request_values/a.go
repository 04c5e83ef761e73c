// Package per_request_values has closures that capture values made per
// request: writes through them are request-scoped, however long-lived the
// function that made the closure looks.
package per_request_values

import (
	"context"
	"net/http"
)

type key struct{}

// Probe measures one request; the middleware below makes a new one for
// every request and stores it in the request's context.
type Probe struct {
	status int
	size   int64
}

// Wrap makes a Probe per request: Probe values are request-scoped.
func Wrap(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		p := newProbe()
		next.ServeHTTP(w, r.WithContext(context.WithValue(r.Context(), key{}, p)))
	})
}

// newProbe is called only from request code.
func newProbe() *Probe { return &Probe{} }

// FromContext returns the request's Probe.
func FromContext(ctx context.Context) *Probe {
	p, _ := ctx.Value(key{}).(*Probe)
	return p
}

// Reset returns a handler that refills the request's probe: the closure
// captures the receiver, a per-request Probe. Quiet.
func (p *Probe) Reset(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		p.renew()
		p.status = http.StatusOK
		next.ServeHTTP(w, r)
	})
}

func (p *Probe) renew() { p.size = 0 }

// Stats is made at startup by NewStats: long-lived, so a closure that
// captures it writes state.
type Stats struct {
	hits int
}

// NewStats is exported: it may run at startup.
func NewStats() *Stats { return &Stats{} }

func (s *Stats) Count(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		s.hits++ // want `handler func literal in Stats.Count increments captured counter s.hits`
		next.ServeHTTP(w, r)
	})
}

// Recorder is made in a handler but also held by a long-lived registry,
// so its values are not all request-scoped.
type Recorder struct {
	last string
}

type registry struct {
	recorders []*Recorder
}

func (rg *registry) add(rec *Recorder) { rg.recorders = append(rg.recorders, rec) }

func Record(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		rec := &Recorder{}
		next.ServeHTTP(w, r)
		_ = rec
	})
}

func (rec *Recorder) Track(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		rec.last = r.URL.Path // want `handler func literal in Recorder.Track assigns captured variable rec.last`
		next.ServeHTTP(w, r)
	})
}

// Gauge is allocated only in handlers, but a package-level variable holds
// one: not request-scoped.
type Gauge struct {
	n int
}

var current *Gauge

func Measure(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		g := &Gauge{}
		next.ServeHTTP(w, r)
		_ = g
	})
}

func (g *Gauge) Hook(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		g.n = 1 // want `handler func literal in Gauge.Hook assigns captured counter g.n`
		next.ServeHTTP(w, r)
	})
}

// Tally is allocated by an unexported helper that setup code calls too.
type Tally struct {
	n int
}

func newTally() *Tally { return &Tally{} }

var _ = setup()

func setup() *Tally { return newTally() }

func Tallied(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		t := newTally()
		_ = t
		next.ServeHTTP(w, r)
	})
}

func (t *Tally) Hook(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		t.n++ // want `handler func literal in Tally.Hook increments captured counter t.n`
		next.ServeHTTP(w, r)
	})
}
