package effects_test

import (
	"fmt"
	"go/types"
	"testing"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/analysis/analysistest"
	"golang.org/x/tools/go/ssa"

	"github.com/statecheck/statecheck/analyzers/internal/effects"
	"github.com/statecheck/statecheck/analyzers/internal/ssabuild"
	"github.com/statecheck/statecheck/analyzers/internal/testsupport"
)

// TestUses reads what the summary walk noted of each function's calls,
// function values and heap allocations: a deferred call is a call, a go
// statement and a function passed or bound are values, and the package
// initializer, which the summary walk does not visit, is noted on demand.
func TestUses(t *testing.T) {
	probe := &analysis.Analyzer{
		Name:     "usesprobe",
		Doc:      "report each function's uses",
		Requires: []*analysis.Analyzer{ssabuild.Analyzer, effects.Analyzer},
		Run: func(pass *analysis.Pass) (any, error) {
			built := pass.ResultOf[ssabuild.Analyzer].(*ssabuild.SSA)
			res := pass.ResultOf[effects.Analyzer].(*effects.Result)
			report := func(fn *ssa.Function) {
				u := res.UsesOf(fn)
				names := func(fns []*ssa.Function) []string {
					var out []string
					for _, f := range fns {
						out = append(out, f.Name())
					}
					return out
				}
				var heap []string
				for _, t := range u.Heap {
					heap = append(heap, types.TypeString(t, types.RelativeTo(pass.Pkg)))
				}
				pos := fn.Pos()
				if fn.Synthetic != "" {
					pos = pass.Files[0].Package
				}
				pass.Reportf(pos, "%s", fmt.Sprintf("%s calls %v values %v heap %v", fn.Name(), names(u.Calls), names(u.Values), heap))
			}
			for _, fn := range built.SrcFuncs {
				report(fn)
			}
			report(built.Pkg.Func("init"))
			return nil, nil
		},
	}
	testsupport.Run(t, analysistest.TestData(), probe, "uses")
}
