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
	// FixFor says which of the check's findings carry a fix, for the
	// README's table and 'statecheck list'; "" when Fix is false.
	FixFor string
	// Severity is the level a finding is reported at unless the
	// configuration says otherwise: "error" for client state that is lost
	// or wrong once a second instance serves the client, "warning" for a
	// hazard that depends on the deployment or on a policy choice. SARIF,
	// JSON and GitHub annotations carry it.
	Severity string
	// Levels are the kinds of finding reported at another level than
	// Severity: the analyzer gives them a Diagnostic.Category, which go
	// vet -json carries to the CLI. The configuration's severity for the
	// check overrides them too.
	Levels []Level
}

// Level is the severity of one kind of a check's findings.
type Level struct {
	// Category is the analysis.Diagnostic.Category the analyzer gives
	// these findings.
	Category string
	// Severity is their level, one of Severities.
	Severity string
	// Findings says which findings they are, for list and explain.
	Findings string
}

// SeverityFor returns the default level of a finding of the check with
// the given category: its Level's, else the check's Severity, else error.
func (c Check) SeverityFor(category string) string {
	if category != "" {
		for _, l := range c.Levels {
			if l.Category == category {
				return l.Severity
			}
		}
	}
	if c.Severity == "" {
		return "error"
	}
	return c.Severity
}

// Severities are the levels a check's findings can be reported at, most
// severe first; they are SARIF's result levels.
var Severities = []string{"error", "warning", "note"}

// Name is the analyzer's name, the check's public identifier.
func (c Check) Name() string { return c.Analyzer.Name }

// Summary is the one-line summary from the analyzer's doc.go.
func (c Check) Summary() string { return doc.Summary(c.Analyzer.Doc, c.Analyzer.Name) }

// checks is kept in the order of the README's table.
var checks = []Check{
	{Analyzer: globalstate.Analyzer, Title: "package-level state written on a request path", Default: true, Severity: "error"},
	{Analyzer: fieldstate.Analyzer, Title: "server fields and captured variables written on a request path", Default: true, Severity: "error"},
	{Analyzer: tempfile.Analyzer, Title: "temporary and multipart spill files left on local disk", Default: true, Severity: "warning", Fix: true,
		FixFor: "a temporary file or directory assigned to a variable and followed by its `err != nil` check (defers its removal); a multipart form parsed in the handler (defers `RemoveAll`)"},
	{Analyzer: diskwrite.Analyzer, Title: "request data written to local disk", Default: true, Severity: "error"},
	{Analyzer: handlergo.Analyzer, Title: "goroutines and timers that outlive the request", Default: true, Severity: "warning"},
	{Analyzer: sessionstore.Analyzer, Title: "in-process session, limiter and task stores", Default: true, Severity: "error", Fix: true,
		FixFor: "a Redis session key written with no expiry by go-redis `Set`/`SetNX`/`SetArgs` or a redigo `SET` (adds the `-fixttl` TTL); in-process stores have none"},
	{Analyzer: jwtclaims.Analyzer, Title: "JWTs without a short, enforced expiry", Default: true, Severity: "error", Fix: true,
		FixFor: "a golang-jwt v5 parse without `WithExpirationRequired` or a jwx parse without `WithRequiredClaim(\"exp\")` (adds the option); lifetimes have none",
		Levels: []Level{
			{Category: jwtclaims.CategoryLifetime, Severity: "warning", Findings: "a lifetime over `-maxlifetime` by at most twice it"},
			{Category: jwtclaims.CategoryStrict, Severity: "warning", Findings: "the `-strict` rules"},
		}},
	{Analyzer: shutdown.Analyzer, Title: "servers without graceful shutdown on SIGTERM", Default: true, Severity: "warning", Fix: true,
		FixFor: "`signal.Notify` that listens for other signals but not SIGTERM (adds `syscall.SIGTERM`); a missing `Shutdown` has none"},
	{Analyzer: directives.Analyzer, Title: "malformed statecheck directives", Default: true, Severity: "error"},
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
