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
		"handler_via_gin",
		"handler_via_echo_v4",
		"handler_via_echo_v5",
		"handler_via_fiber_v2",
		"handler_via_fiber_v3",
		"handler_via_chi",
		"handler_via_gorilla_mux",
		"handler_via_fasthttp",
		"handler_via_grpc_embedded",
		"handler_via_grpc_register",
		"handler_via_connect",
		"handler_via_adapter",
		"handler_via_apphandler",
	)
}

func TestQuiet(t *testing.T) {
	testsupport.Run(t, analysistest.TestData(), globalstate.Analyzer,
		"quiet_setup",
	)
}
