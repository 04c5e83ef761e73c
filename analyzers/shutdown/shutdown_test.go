package shutdown_test

import (
	"slices"
	"strings"
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
		"grpc_beside_http",
	)
}

// TestServerStartedElsewhere covers a server started in another package
// than main: the finding stays in main, names the call that starts the
// server and the signal handling found (or its absence), and points at
// both; the same server start reached twice is one finding.
func TestServerStartedElsewhere(t *testing.T) {
	results := testsupport.Run(t, analysistest.TestData(), shutdown.Analyzer, "server_started_elsewhere/...")
	want := map[string][]string{
		"app":      {"the server starts here", "signals other than SIGTERM are handled here"},
		"nosignal": {"the server starts here"},
	}
	for _, r := range results {
		if r.Pass.Pkg.Name() != "main" {
			continue
		}
		name := r.Pass.Pkg.Path()[strings.LastIndex(r.Pass.Pkg.Path(), "/")+1:]
		if len(r.Diagnostics) != 1 {
			t.Errorf("%s: %d findings, want 1", name, len(r.Diagnostics))
			continue
		}
		var got []string
		for _, rel := range r.Diagnostics[0].Related {
			got = append(got, rel.Message)
			if p := r.Pass.Fset.Position(rel.Pos); !strings.HasSuffix(p.Filename, ".go") || p.Line == 0 {
				t.Errorf("%s: related %q at %v", name, rel.Message, p)
			}
		}
		if !slices.Equal(got, want[name]) {
			t.Errorf("%s: related %q, want %q", name, got, want[name])
		}
	}
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
