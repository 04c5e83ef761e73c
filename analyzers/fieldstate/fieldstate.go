package fieldstate

import (
	_ "embed"
	"fmt"

	"golang.org/x/tools/go/analysis"

	"github.com/statecheck/statecheck/analyzers/internal/doc"
	"github.com/statecheck/statecheck/analyzers/internal/effects"
	"github.com/statecheck/statecheck/analyzers/internal/entry"
	"github.com/statecheck/statecheck/analyzers/internal/settings"
	"github.com/statecheck/statecheck/analyzers/internal/statewrite"
)

//go:embed doc.go
var docText string

// Analyzer reports fields of long-lived server values and captured
// variables written on a request path.
var Analyzer = &analysis.Analyzer{
	Name:     "fieldstate",
	Doc:      doc.MustExtract(docText, "fieldstate"),
	URL:      doc.URL("fieldstate"),
	Requires: []*analysis.Analyzer{entry.Analyzer, effects.Analyzer},
	Run:      run,
}

var opts statewrite.Options

func init() {
	Analyzer.Flags.BoolVar(&opts.Connections, "connections", false,
		"also report connection-oriented state: maps of websocket connections or channels")
	settings.Register(&Analyzer.Flags)
}

func run(pass *analysis.Pass) (any, error) {
	statewrite.Run(pass, opts, selectLongLived)
	return nil, nil
}

// selectLongLived picks writes into a handler method's receiver and into
// variables a handler closure captured from non-handler code.
func selectLongLived(pass *analysis.Pass, res *entry.Result, h *entry.Handler, e *effects.Effect) (string, bool) {
	t := &e.Target
	switch t.Root {
	case effects.Param:
		if t.Index != 0 || !h.Method() || len(t.Path) == 0 && e.Kind == effects.Assign {
			return "", false
		}
		return fmt.Sprintf("%s %s of the long-lived receiver", e.Noun, t.Dotted(pass.Pkg.Path())), true
	case effects.FreeVar:
		if h.Fn == nil || h.Fn.Parent() == nil || res.WithinHandler(h.Fn.Parent()) {
			return "", false
		}
		return fmt.Sprintf("captured %s %s", e.Noun, t.Dotted(pass.Pkg.Path())), true
	}
	return "", false
}
