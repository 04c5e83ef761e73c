package shutdown_test

import (
	"testing"

	"golang.org/x/tools/go/analysis/analysistest"

	"github.com/statecheck/statecheck/analyzers/internal/testsupport"
	"github.com/statecheck/statecheck/analyzers/shutdown"
)

func TestFlagged(t *testing.T) {
	testsupport.Run(t, analysistest.TestData(), shutdown.Analyzer,
		"nethttp_listenandserve",
		"server_without_shutdown",
		"shutdown_without_signal",
		"gin_run",
		"echo_v4_start_without_shutdown",
		"fiber_listen_without_shutdown",
		"grpc_serve_without_gracefulstop",
		"serve_in_helper",
		"serve_in_other_package/...",
		"serve_tls_or_plain/...",
		"command_in_initializer/...",
		"ignore_directive",
	)
}

func TestFixes(t *testing.T) {
	testsupport.RunWithSuggestedFixes(t, analysistest.TestData(), shutdown.Analyzer,
		"interrupt_only",
	)
}

func TestQuiet(t *testing.T) {
	testsupport.Run(t, analysistest.TestData(), shutdown.Analyzer,
		"quiet_notifycontext",
		"quiet_signal_channel_goroutine",
		"quiet_run_helper",
		"quiet_echo_v5",
		"quiet_fiber_grpc",
		"quiet_other_package/...",
		"quiet_side_listener",
		"quiet_server_in_test",
		"quiet_library",
	)
}
