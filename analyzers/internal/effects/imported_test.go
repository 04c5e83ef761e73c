package effects_test

import (
	"go/types"
	"reflect"
	"sync"
	"testing"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/analysis/analysistest"

	"github.com/statecheck/statecheck/analyzers/internal/effects"
	"github.com/statecheck/statecheck/analyzers/internal/testsupport"
)

// TestImportedConcurrently reads imported summaries from many goroutines
// at once, as the checks sharing one package's effects Result do under
// go vet. Unguarded, the cache behind Result.Imported is a concurrent map
// write, which the race detector reports and the runtime may end with a
// fatal error that no recover catches.
func TestImportedConcurrently(t *testing.T) {
	probe := &analysis.Analyzer{
		Name:       "importedprobe",
		Doc:        "read imported summaries concurrently",
		Requires:   []*analysis.Analyzer{effects.Analyzer},
		ResultType: reflect.TypeFor[int](),
		Run: func(pass *analysis.Pass) (any, error) {
			res := pass.ResultOf[effects.Analyzer].(*effects.Result)
			var funcs []*types.Func
			for _, imp := range pass.Pkg.Imports() {
				for _, name := range imp.Scope().Names() {
					obj := imp.Scope().Lookup(name)
					if fn, ok := obj.(*types.Func); ok {
						funcs = append(funcs, fn)
					}
					if tn, ok := obj.(*types.TypeName); ok {
						ms := types.NewMethodSet(types.NewPointer(tn.Type()))
						for i := range ms.Len() {
							funcs = append(funcs, ms.At(i).Obj().(*types.Func))
						}
					}
				}
			}
			var wg sync.WaitGroup
			for range 8 {
				wg.Go(func() {
					for _, fn := range funcs {
						res.Imported(fn)
					}
				})
			}
			wg.Wait()
			return len(funcs), nil
		},
	}
	results := testsupport.Run(t, analysistest.TestData(), probe, "importer")
	if len(results) == 0 || results[0].Result.(int) == 0 {
		t.Fatal("the probe read no imported function")
	}
}
