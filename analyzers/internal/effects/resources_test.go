package effects_test

import (
	"testing"

	"golang.org/x/tools/go/analysis/analysistest"

	"github.com/statecheck/statecheck/analyzers/internal/effects"
	"github.com/statecheck/statecheck/analyzers/internal/testsupport"
)

// TestResourceSummaries asserts the resource effects exported in Summary
// facts: goroutines, temporary files, disk writes, multipart forms, and
// the roots that leave their fate to the caller.
func TestResourceSummaries(t *testing.T) {
	testsupport.Run(t, analysistest.TestData(), effects.Analyzer, "resources")
}
