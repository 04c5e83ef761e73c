//go:build !statecheck_testhook

package failure

import "golang.org/x/tools/go/analysis"

// testHook does nothing outside the tests' builds (hook_on.go).
func testHook(*analysis.Pass) {}
