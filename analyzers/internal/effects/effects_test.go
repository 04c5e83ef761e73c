package effects_test

import (
	"testing"

	"golang.org/x/tools/go/analysis/analysistest"

	"github.com/statecheck/statecheck/analyzers/internal/effects"
	"github.com/statecheck/statecheck/analyzers/internal/testsupport"
)

// TestSummaries asserts the Summary facts exported for functions: what
// each writes, bound through calls, and what it must not claim.
func TestSummaries(t *testing.T) {
	testsupport.Run(t, analysistest.TestData(), effects.Analyzer, "summaries", "caller")
}
