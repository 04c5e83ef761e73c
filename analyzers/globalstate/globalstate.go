package globalstate

import (
	_ "embed"
	"fmt"

	"golang.org/x/tools/go/analysis"

	"github.com/statecheck/statecheck/analyzers/internal/effects"
	"github.com/statecheck/statecheck/analyzers/internal/entry"
	"github.com/statecheck/statecheck/analyzers/internal/statewrite"
)

//go:embed doc.go
var docText string

// Analyzer reports package-level variables written on a request path.
var Analyzer = statewrite.NewAnalyzer("globalstate", docText, run)

var opts statewrite.Options

func init() {
	Analyzer.Flags.BoolVar(&opts.Connections, "connections", false,
		"also report connection-oriented state: maps of websocket connections or channels")
}

func run(pass *analysis.Pass) (any, error) {
	statewrite.Run(pass, opts, selectGlobal)
	return nil, nil
}

func selectGlobal(pass *analysis.Pass, _ *entry.Result, _ *entry.Handler, e *effects.Effect) (string, bool) {
	if e.Target.Root != effects.Global {
		return "", false
	}
	return fmt.Sprintf("package-level %s %s", e.Noun, e.Target.Dotted(pass.Pkg.Path())), true
}
