package entry_test

import (
	"testing"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/analysis/analysistest"

	"github.com/statecheck/statecheck/analyzers/internal/effects"
	"github.com/statecheck/statecheck/analyzers/internal/entry"
	"github.com/statecheck/statecheck/analyzers/internal/testsupport"
)

// show reports every handler entry finds, so scenarios can assert with
// // want comments what is a handler and, by their absence, what is not.
var show = &analysis.Analyzer{
	Name:     "showhandlers",
	Doc:      "report the handlers entry finds",
	Requires: []*analysis.Analyzer{entry.Analyzer},
	Run: func(pass *analysis.Pass) (any, error) {
		for _, h := range pass.ResultOf[entry.Analyzer].(*entry.Result).Handlers {
			if h.Fn != nil {
				pass.Reportf(h.Fn.Pos(), "%s %s", h.Kind, effects.DisplayName(h.Fn, pass.Pkg))
			} else {
				pass.Reportf(h.Site, "%s %s", h.Kind, effects.DisplayObject(h.Func, pass.Pkg))
			}
		}
		return nil, nil
	},
}

func TestHandlers(t *testing.T) {
	testsupport.Run(t, analysistest.TestData(), show, "kinds", "minirouter", "funcvalues", "funccontainers", "ownhandlertype/...")
}
