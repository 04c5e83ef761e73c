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
		"keyfunc_unpinned_method",
		"ignore_directive",
	)
}

func TestFixes(t *testing.T) {
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
