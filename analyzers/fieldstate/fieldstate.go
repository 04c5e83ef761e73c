package fieldstate

import (
	_ "embed"
	"fmt"
	"go/types"
	"sync"

	"golang.org/x/tools/go/analysis"

	"github.com/statecheck/statecheck/analyzers/internal/effects"
	"github.com/statecheck/statecheck/analyzers/internal/entry"
	"github.com/statecheck/statecheck/analyzers/internal/ssabuild"
	"github.com/statecheck/statecheck/analyzers/internal/statewrite"
)

//go:embed doc.go
var docText string

// Analyzer reports fields of long-lived server values and captured
// variables written on a request path.
var Analyzer = statewrite.NewAnalyzer("fieldstate", docText, run, ssabuild.Analyzer)

var opts statewrite.Options

func init() {
	Analyzer.Flags.BoolVar(&opts.Connections, "connections", false,
		"also report connection-oriented state: maps of websocket connections or channels")
}

func run(pass *analysis.Pass) (any, error) {
	res := pass.ResultOf[entry.Analyzer].(*entry.Result)
	// Lifetimes of the package's types matter only for writes through a
	// captured pointer, which most packages have none of.
	requestScoped := sync.OnceValue(func() map[*types.TypeName]bool { return requestTypes(pass, res) })
	statewrite.Run(pass, opts, func(pass *analysis.Pass, res *entry.Result, h *entry.Handler, e *effects.Effect) (string, bool) {
		what, ok := selectLongLived(pass, res, h, e)
		if ok && e.Target.Root == effects.FreeVar && len(e.Target.Path) > 0 &&
			capturesRequestValue(pass, h.Fn, e.Target.Index, requestScoped()) {
			return "", false
		}
		// A handler method of a value made per request (a dispatcher's
		// &blobHandler{Context: ctx}, a response payload's Render)
		// writes that request's value, not a long-lived one.
		if ok && e.Target.Root == effects.Param && requestReceiver(pass, h.Fn, requestScoped()) {
			return "", false
		}
		return what, ok
	})
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
