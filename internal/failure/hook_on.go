//go:build statecheck_testhook

package failure

import (
	"os"
	"strings"

	"golang.org/x/tools/go/analysis"
)

// testHook panics when HookEnv names the analyzer of pass on its package.
func testHook(pass *analysis.Pass) {
	want := pass.Analyzer.Name + "@" + pass.Pkg.Path()
	for _, s := range strings.Split(os.Getenv(HookEnv), ",") {
		if s == want {
			panic("statecheck test hook: " + want)
		}
	}
}
