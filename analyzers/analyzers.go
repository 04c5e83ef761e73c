// Package analyzers is the one list of statecheck's checks. Every driver —
// the statecheck CLI, go vet -vettool, the golangci-lint plugin, nogo —
// takes its analyzers from here, so they cannot disagree.
package analyzers

import (
	"golang.org/x/tools/go/analysis"

	"github.com/statecheck/statecheck/analyzers/directives"
	"github.com/statecheck/statecheck/analyzers/diskwrite"
	"github.com/statecheck/statecheck/analyzers/fieldstate"
	"github.com/statecheck/statecheck/analyzers/globalstate"
	"github.com/statecheck/statecheck/analyzers/handlergo"
	"github.com/statecheck/statecheck/analyzers/internal/doc"
	"github.com/statecheck/statecheck/analyzers/jwtclaims"
	"github.com/statecheck/statecheck/analyzers/sessionstore"
	"github.com/statecheck/statecheck/analyzers/shutdown"
	"github.com/statecheck/statecheck/analyzers/tempfile"
)

// Check is an analyzer with the metadata that renders `statecheck list`,
// `statecheck explain` and the README's table of checks.
type Check struct {
	Analyzer *analysis.Analyzer
	// Title is a short noun phrase naming the hazard.
	Title string
	// Default reports whether the check runs unless disabled.
	Default bool
	// Fix reports whether the check offers SuggestedFixes.
	Fix bool
}

// Name is the analyzer's name, the check's public identifier.
func (c Check) Name() string { return c.Analyzer.Name }

// Summary is the one-line summary from the analyzer's doc.go.
func (c Check) Summary() string { return doc.Summary(c.Analyzer.Doc, c.Analyzer.Name) }

// checks is kept in the order of the README's table.
var checks = []Check{
	{Analyzer: globalstate.Analyzer, Title: "package-level state written on a request path", Default: true},
	{Analyzer: fieldstate.Analyzer, Title: "server fields and captured variables written on a request path", Default: true},
	{Analyzer: tempfile.Analyzer, Title: "temporary and multipart spill files left on local disk", Default: true, Fix: true},
	{Analyzer: diskwrite.Analyzer, Title: "request data written to local disk", Default: true},
	{Analyzer: handlergo.Analyzer, Title: "goroutines and timers that outlive the request", Default: true},
	{Analyzer: sessionstore.Analyzer, Title: "in-process session, limiter and task stores", Default: true, Fix: true},
	{Analyzer: jwtclaims.Analyzer, Title: "JWTs without a short, enforced expiry", Default: true, Fix: true},
	{Analyzer: shutdown.Analyzer, Title: "servers without graceful shutdown on SIGTERM", Default: true, Fix: true},
	{Analyzer: directives.Analyzer, Title: "malformed statecheck directives", Default: true},
}

// Checks returns every check, in the README's order.
func Checks() []Check { return append([]Check(nil), checks...) }

// All returns the analyzers of every check, in the README's order.
func All() []*analysis.Analyzer {
	as := make([]*analysis.Analyzer, len(checks))
	for i, c := range checks {
		as[i] = c.Analyzer
	}
	return as
}

// Lookup returns the check called name.
func Lookup(name string) (Check, bool) {
	for _, c := range checks {
		if c.Name() == name {
			return c, true
		}
	}
	return Check{}, false
}
