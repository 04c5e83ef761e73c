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
		"connection_registry",
		"per_request_values",
		"via_interface/...",
		"nil_guard",
		"range_func",
		"binder_helpers",
		"per_request_dispatch",
		"render_payloads",
		"cache_or_state",
	)
}

func TestConnectionsOptIn(t *testing.T) {
	if err := fieldstate.Analyzer.Flags.Set("connections", "true"); err != nil {
		t.Fatal(err)
	}
	defer fieldstate.Analyzer.Flags.Set("connections", "false")
	testsupport.Run(t, analysistest.TestData(), fieldstate.Analyzer, "connection_registry_optin")
}

// TestGoKit covers go-kit services: the handler is go-kit's HTTP Server,
// or its gRPC Server that a generated gRPC method calls, which calls the
// endpoint closure NewServer keeps, which calls the Service that main
// wires to an in-memory implementation.
func TestGoKit(t *testing.T) {
	testsupport.Run(t, analysistest.TestData(), fieldstate.Analyzer, "gokit_endpoints/...")
}
