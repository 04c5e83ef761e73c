package sessionstore_test

import (
	"testing"

	"golang.org/x/tools/go/analysis/analysistest"

	"github.com/statecheck/statecheck/analyzers/internal/testsupport"
	"github.com/statecheck/statecheck/analyzers/sessionstore"
)

func TestFlagged(t *testing.T) {
	testsupport.Run(t, analysistest.TestData(), sessionstore.Analyzer,
		"scs_default_memstore",
		"scs_from_helper_package/...",
		"gorilla_filesystem_store",
		"gin_memstore_and_filesystem",
		"fiber_v2_without_storage",
		"fiber_v3_without_storage",
		"echo_memory_rate_limiter",
		"httprate_local_counter",
		"ulule_memory_store",
		"tollbooth_limiter",
		"machinery_eager_broker",
		"ignore_directive",
		"limiter_stores",
		"session_managers",
		"session_v1",
		"gosession_default",
	)
}

func TestFixes(t *testing.T) {
	testsupport.RunWithSuggestedFixes(t, analysistest.TestData(), sessionstore.Analyzer,
		"redis_session_key_without_ttl",
		"redigo_session_key_without_ttl",
	)
}

func TestQuiet(t *testing.T) {
	testsupport.Run(t, analysistest.TestData(), sessionstore.Analyzer,
		"scs_shared_store_quiet",
		"shared_stores_quiet",
		"redis_ttl_quiet",
		"stores_in_tests_quiet",
		"shared_limiters_quiet",
		"session_managers_quiet",
		"kataras_with_database_quiet",
		"gosession_default_quiet",
		"throttled_capacity_quiet",
	)
}

func TestFlags(t *testing.T) {
	f := sessionstore.Analyzer.Flags.Lookup("sessionwords")
	old := f.Value.String()
	if err := f.Value.Set("cart"); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { _ = f.Value.Set(old) })
	testsupport.Run(t, analysistest.TestData(), sessionstore.Analyzer, "sessionwords_flag")
}
