package globalstate_test

import (
	"slices"
	"testing"

	"golang.org/x/tools/go/analysis/analysistest"

	"github.com/statecheck/statecheck/analyzers/globalstate"
	"github.com/statecheck/statecheck/analyzers/internal/testsupport"
)

func TestFlagged(t *testing.T) {
	testsupport.Run(t, analysistest.TestData(), globalstate.Analyzer,
		"nethttp_writes",
		"game_lobbies",
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
		"handler_via_own_router/...",
		"handler_via_own_type/...",
		"handler_via_table",
		"via_interface/...",
		"layers/...",
		"narrowed/...",
		"generics",
		"memo",
		"deep_chain",
		"range_func",
		"capped",
		"cache_libraries",
		"cache_or_state",
		"grouped_remote",
	)
}

func TestQuiet(t *testing.T) {
	testsupport.Run(t, analysistest.TestData(), globalstate.Analyzer,
		"quiet_setup",
		"cache_libraries_quiet",
	)
}

// TestSettings declares an in-house framework through the analyzer's
// flags, as the configuration file does.
func TestSettings(t *testing.T) {
	set := func(name, value string) {
		t.Helper()
		if err := globalstate.Analyzer.Flags.Set(name, value); err != nil {
			t.Fatal(err)
		}
	}
	set("handlers", "inhouse.Ctx")
	set("registrars", "inhouse.Router.On")
	set("stateful", "inhouse.LRU.Put")
	set("accepted", "inhouse_framework.templates")
	defer func() {
		for _, name := range []string{"handlers", "registrars", "stateful", "accepted"} {
			set(name, "")
		}
	}()
	testsupport.Run(t, analysistest.TestData(), globalstate.Analyzer, "inhouse_framework")
}

// TestRelated checks the related information of a finding that merges
// writes in another package: each position says what its write does.
func TestRelated(t *testing.T) {
	got := testsupport.RelatedLines(testsupport.Run(t, analysistest.TestData(), globalstate.Analyzer, "related"), "")
	want := []string{
		"lib.go:8: writes package-level map relatedlib.sessions",
		"lib.go:9: deletes from package-level map relatedlib.sessions",
	}
	if !slices.Equal(got, want) {
		t.Errorf("related information:\ngot  %q\nwant %q", got, want)
	}
}

// TestRelatedWired checks the related information of a finding reported
// where an implementation is wired: the handler that starts the request
// path, then the write.
func TestRelatedWired(t *testing.T) {
	got := testsupport.RelatedLines(testsupport.Run(t, analysistest.TestData(), globalstate.Analyzer, "layers/..."), "")
	want := []string{
		"api.go:11: request path api.Server.Create → Service.Create → Repo.Insert",
		"memrepo.go:9: appends to package-level slice memrepo.rows",
	}
	if !slices.Equal(got, want) {
		t.Errorf("related information:\ngot  %q\nwant %q", got, want)
	}
}

// TestRelatedGrouped checks that a handler writing several package-level
// variables is one finding with related information at each write.
func TestRelatedGrouped(t *testing.T) {
	got := testsupport.RelatedLines(testsupport.Run(t, analysistest.TestData(), globalstate.Analyzer, "nethttp_writes"), "handler count ")
	want := []string{
		"a.go:32: increments package-level counter hits",
		"a.go:33: appends to package-level slice visitors",
		"a.go:34: updates package-level sync.Map seen",
		"a.go:35: updates package-level atomic served",
		"a.go:36: updates package-level atomic total",
	}
	if !slices.Equal(got, want) {
		t.Errorf("related information:\ngot  %q\nwant %q", got, want)
	}
}
