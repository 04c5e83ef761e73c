package fieldstate_test

import (
	"testing"

	"golang.org/x/tools/go/analysis/analysistest"

	"github.com/statecheck/statecheck/analyzers/fieldstate"
	"github.com/statecheck/statecheck/analyzers/internal/testsupport"
)

func TestFieldstate(t *testing.T) {
	testsupport.Run(t, analysistest.TestData(), fieldstate.Analyzer,
		"receiver_fields",
		"captured_closure",
		"quiet_request_scoped",
		"directives",
	)
}
