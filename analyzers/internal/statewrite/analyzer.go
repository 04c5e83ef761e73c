package statewrite

import (
	"golang.org/x/tools/go/analysis"

	"github.com/statecheck/statecheck/analyzers/internal/doc"
	"github.com/statecheck/statecheck/analyzers/internal/effects"
	"github.com/statecheck/statecheck/analyzers/internal/entry"
	"github.com/statecheck/statecheck/analyzers/internal/settings"
)

// NewAnalyzer returns a check built on the request-path engine, which is
// what every check of the engine has in common: its documentation is the
// "# Analyzer name" section of its doc.go (docText, embedded by the
// check), it requires the engine's handlers and effects (and extra, such
// as the package's SSA form), and it takes the engine's shared settings
// (-handlers, -registrars, -stateful, -accepted) as flags, so that every
// driver and the configuration file set them the same way for each check.
// A check adds its own flags and facts to the result.
func NewAnalyzer(name, docText string, run func(*analysis.Pass) (any, error), extra ...*analysis.Analyzer) *analysis.Analyzer {
	a := &analysis.Analyzer{
		Name:     name,
		Doc:      doc.MustExtract(docText, name),
		URL:      doc.URL(name),
		Requires: append([]*analysis.Analyzer{entry.Analyzer, effects.Analyzer}, extra...),
		Run:      run,
	}
	settings.Register(&a.Flags)
	return a
}
