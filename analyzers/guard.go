package analyzers

import (
	"golang.org/x/tools/go/analysis"

	"github.com/statecheck/statecheck/analyzers/internal/effects"
	"github.com/statecheck/statecheck/analyzers/internal/entry"
	"github.com/statecheck/statecheck/analyzers/internal/ssabuild"
	"github.com/statecheck/statecheck/internal/failure"
)

// Guard confines a panic or an error of any analyzer of the graph of as,
// on one package, to that analyzer and that package (package
// internal/failure): the checks still run when an engine analyzer they
// require fails, on the result that says it found nothing, which each of
// them reads as "nothing to report" (no SSA: not the user's code; no
// handlers; no summaries). A driver adds failure.Reporter to report the
// failures.
func Guard(as []*analysis.Analyzer) {
	failure.Guard(as, failure.Options{Empty: map[*analysis.Analyzer]any{
		ssabuild.Analyzer: (*ssabuild.SSA)(nil),
		entry.Analyzer:    &entry.Result{},
		effects.Analyzer:  &effects.Result{},
	}})
}
