package jwtclaims_test

import (
	"testing"

	"golang.org/x/tools/go/analysis/analysistest"

	"github.com/statecheck/statecheck/analyzers/internal/testsupport"
	"github.com/statecheck/statecheck/analyzers/jwtclaims"
)

func TestFlagged(t *testing.T) {
	testsupport.Run(t, analysistest.TestData(), jwtclaims.Analyzer,
		"v5_mint_without_exp",
		"v4_mint_without_exp",
		"jwx_mint_without_exp",
		"long_lifetime",
		"secret_claims",
		"parse_skips_validation",
		"ignore_directive",
		"claims_type_without_exp",
	)
}

// TestLibraries covers each library family beyond golang-jwt v4/v5 and
// jwx v2: what is flagged and what stays quiet sit in one scenario each.
func TestLibraries(t *testing.T) {
	testsupport.Run(t, analysistest.TestData(), jwtclaims.Analyzer,
		"legacy_jwtgo",
		"jwx_v1_v3",
		"gojose",
		"kataras_jwt",
		"cristalhq_jwt",
	)
}

// TestStrict covers the rules behind -strict: parsing without requiring
// exp and without pinned signing methods, with their fixes.
func TestStrict(t *testing.T) {
	setFlag(t, "strict", "true")
	testsupport.Run(t, analysistest.TestData(), jwtclaims.Analyzer, "keyfunc_unpinned_method")
	testsupport.RunWithSuggestedFixes(t, analysistest.TestData(), jwtclaims.Analyzer,
		"v5_parse_without_expiration_required",
		"jwx_parse_without_required_exp",
	)
}

func TestQuiet(t *testing.T) {
	testsupport.Run(t, analysistest.TestData(), jwtclaims.Analyzer,
		"quiet_short_exp",
		"quiet_parse_with_expiration_required",
		"quiet_not_secret",
		"quiet_test_fixtures",
		"quiet_strict_off/...",
	)
}

func TestFlags(t *testing.T) {
	setFlag(t, "maxlifetime", "1h")
	setFlag(t, "secretwords", "api key")
	testsupport.Run(t, analysistest.TestData(), jwtclaims.Analyzer, "maxlifetime_flag")
}

// setFlag sets an analyzer flag for the test and restores it afterwards.
func setFlag(t *testing.T, name, value string) {
	t.Helper()
	f := jwtclaims.Analyzer.Flags.Lookup(name)
	old := f.Value.String()
	if err := f.Value.Set(value); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { _ = f.Value.Set(old) })
}
