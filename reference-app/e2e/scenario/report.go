// Package scenario drives the shop the way its clients do and counts what
// they lose: a walk through every feature, a rate-limit probe, and a load
// loop that runs while instances are killed and restarted.
package scenario

import (
	"fmt"
	"io"
	"slices"
	"sync"
	"text/tabwriter"
)

// The features a client uses; counts are kept per feature.
const (
	Health    = "health"
	Session   = "session"
	Cart      = "cart"
	Avatar    = "avatar"
	Export    = "export"
	APIToken  = "api token"
	RateLimit = "rate limit"
)

// Features lists the features in report order.
var Features = []string{Health, Session, Cart, Avatar, Export, APIToken, RateLimit}

// Counts are the request counts of one feature.
type Counts struct {
	// Requests counts requests sent, retries included.
	Requests int
	// Failed counts requests whose outcome was wrong after any retry: an
	// unexpected status, a 401 on a live session, a cart missing an item,
	// an avatar or export file that is not the one stored.
	Failed int
	// Retried502 counts requests that got a 502 from nginx (the instance
	// died under them) and were sent once more.
	Retried502 int
}

// Check is one property of the shop, seen from the client.
type Check struct {
	Name   string
	OK     bool
	Detail string
}

// Report collects the counts of one version's run. It is safe for
// concurrent use.
type Report struct {
	mu       sync.Mutex
	features map[string]*Counts

	// SessionsLost counts 401s on a session the client had not ended.
	SessionsLost int
	// UploadsLost counts successful avatar uploads that a later read did
	// not return.
	UploadsLost int
	// ExportsLost counts accepted export jobs that the shop later did not
	// know (404), reported failed, or whose file was missing or wrong.
	ExportsLost int
	// ExportsStuck counts accepted export jobs still unfinished when the
	// run gave up waiting.
	ExportsStuck int
	// ExportsDone counts export jobs whose file was downloaded intact.
	ExportsDone int
	// OverLimit counts requests the rate limit let through beyond one
	// client's allowance.
	OverLimit int
	// UncleanExits counts instances that did not exit with status 0 after
	// SIGTERM.
	UncleanExits int

	checks   []Check
	failures []string
}

// NewReport returns an empty report.
func NewReport() *Report {
	r := &Report{features: map[string]*Counts{}}
	for _, f := range Features {
		r.features[f] = &Counts{}
	}
	return r
}

// Feature returns a copy of the counts of feature f.
func (r *Report) Feature(f string) Counts {
	r.mu.Lock()
	defer r.mu.Unlock()
	return *r.features[f]
}

// Checks returns the checks made so far.
func (r *Report) Checks() []Check {
	r.mu.Lock()
	defer r.mu.Unlock()
	return slices.Clone(r.checks)
}

// Failures returns descriptions of the first failures, for diagnosis.
func (r *Report) Failures() []string {
	r.mu.Lock()
	defer r.mu.Unlock()
	return slices.Clone(r.failures)
}

// update runs fn with the lock held.
func (r *Report) update(fn func(r *Report)) {
	r.mu.Lock()
	defer r.mu.Unlock()
	fn(r)
}

// AddUncleanExit counts an instance that did not exit cleanly on SIGTERM.
func (r *Report) AddUncleanExit() { r.update(func(r *Report) { r.UncleanExits++ }) }

func (r *Report) request(f string) { r.update(func(r *Report) { r.features[f].Requests++ }) }

func (r *Report) retried502(f string) { r.update(func(r *Report) { r.features[f].Retried502++ }) }

const maxFailures = 40

func (r *Report) fail(f, format string, args ...any) {
	msg := f + ": " + fmt.Sprintf(format, args...)
	r.update(func(r *Report) {
		r.features[f].Failed++
		if len(r.failures) < maxFailures {
			r.failures = append(r.failures, msg)
		}
	})
}

func (r *Report) check(name string, ok bool, format string, args ...any) {
	r.update(func(r *Report) {
		r.checks = append(r.checks, Check{Name: name, OK: ok, Detail: fmt.Sprintf(format, args...)})
	})
}

// Totals sums the counts over all features.
func (r *Report) Totals() Counts {
	r.mu.Lock()
	defer r.mu.Unlock()
	var t Counts
	for _, c := range r.features {
		t.Requests += c.Requests
		t.Failed += c.Failed
		t.Retried502 += c.Retried502
	}
	return t
}

// Print writes the report as a table.
func (r *Report) Print(w io.Writer, title string) {
	r.mu.Lock()
	defer r.mu.Unlock()
	fmt.Fprintf(w, "\n== %s ==\n", title)
	tw := tabwriter.NewWriter(w, 0, 0, 2, ' ', tabwriter.AlignRight)
	fmt.Fprintln(tw, "feature\trequests\tfailed\t502 retried\t")
	for _, f := range Features {
		c := r.features[f]
		fmt.Fprintf(tw, "%s\t%d\t%d\t%d\t\n", f, c.Requests, c.Failed, c.Retried502)
	}
	tw.Flush()
	fmt.Fprintf(w, "sessions lost: %d   uploads lost: %d   exports lost: %d   exports stuck: %d   exports done: %d\n",
		r.SessionsLost, r.UploadsLost, r.ExportsLost, r.ExportsStuck, r.ExportsDone)
	fmt.Fprintf(w, "requests over the rate limit: %d   unclean exits after SIGTERM: %d\n", r.OverLimit, r.UncleanExits)
	for _, c := range r.checks {
		mark := "ok  "
		if !c.OK {
			mark = "FAIL"
		}
		fmt.Fprintf(w, "  [%s] %s: %s\n", mark, c.Name, c.Detail)
	}
	if len(r.failures) > 0 {
		fmt.Fprintf(w, "first failures:\n")
		for _, f := range r.failures {
			fmt.Fprintf(w, "  %s\n", f)
		}
	}
}
