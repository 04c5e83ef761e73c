package statewrite

import (
	"slices"
	"strings"
	"testing"

	"golang.org/x/tools/go/analysis"

	"github.com/statecheck/statecheck/analyzers/internal/doc"
	"github.com/statecheck/statecheck/analyzers/internal/effects"
	"github.com/statecheck/statecheck/analyzers/internal/entry"
	"github.com/statecheck/statecheck/analyzers/internal/ssabuild"
)

const docText = `// Package demo defines an Analyzer.
//
// # Analyzer demo
//
// demo: reports what a demo reports
//
// More text.
package demo
`

// TestNewAnalyzer checks what every check of the engine gets from the
// constructor: its documentation, URL, the engine's analyzers before its
// own, and the shared settings as flags.
func TestNewAnalyzer(t *testing.T) {
	run := func(*analysis.Pass) (any, error) { return nil, nil }
	a := NewAnalyzer("demo", docText, run, ssabuild.Analyzer)
	if a.Name != "demo" || !strings.HasPrefix(a.Doc, "demo: reports what a demo reports") || a.URL != doc.URL("demo") {
		t.Errorf("Name, Doc, URL = %q, %q, %q", a.Name, a.Doc, a.URL)
	}
	if want := []*analysis.Analyzer{entry.Analyzer, effects.Analyzer, ssabuild.Analyzer}; !slices.Equal(a.Requires, want) {
		t.Errorf("Requires = %v, want %v", a.Requires, want)
	}
	if a.Run == nil {
		t.Error("Run is nil")
	}
	for _, f := range []string{"handlers", "registrars", "stateful", "accepted"} {
		if a.Flags.Lookup(f) == nil {
			t.Errorf("flag -%s is not registered", f)
		}
	}
	if err := analysis.Validate([]*analysis.Analyzer{a}); err != nil {
		t.Error(err)
	}
	// Two checks do not share a Requires slice that one could grow.
	b := NewAnalyzer("demo", docText, run)
	if len(b.Requires) != 2 {
		t.Errorf("second analyzer's Requires = %v", b.Requires)
	}
}
