//go:build statecheck_testhook

package failure

import (
	"os"
	"strings"

	"golang.org/x/tools/go/analysis"
)

// HookEnv names the environment variable that, in a binary built with
// the statecheck_testhook tag, makes analyzers panic on purpose, so that
// tests can watch a failure stay confined: a comma-separated list of
// analyzer@package. The analyzer panics at its first At call on the
// package, or else once it is done with it, before its findings and
// facts reach the driver.
const HookEnv = "STATECHECK_TESTHOOK_PANIC"

// testHook panics when HookEnv names the analyzer of pass on its package.
func testHook(pass *analysis.Pass) {
	want := pass.Analyzer.Name + "@" + pass.Pkg.Path()
	for _, s := range strings.Split(os.Getenv(HookEnv), ",") {
		if s == want {
			panic("statecheck test hook: " + want)
		}
	}
}
