package globalstate_test

import (
	"testing"

	"golang.org/x/tools/go/analysis/analysistest"

	"github.com/statecheck/statecheck/analyzers/globalstate"
	"github.com/statecheck/statecheck/analyzers/internal/testsupport"
)

func TestFlagged(t *testing.T) {
	testsupport.Run(t, analysistest.TestData(), globalstate.Analyzer,
		"nethttp_writes",
		"cross_package",
	)
}

func TestQuiet(t *testing.T) {
	testsupport.Run(t, analysistest.TestData(), globalstate.Analyzer,
		"quiet_setup",
	)
}
