package jwtclaims_test

import (
	"strings"
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

// TestPeekThenVerify covers a token read unverified in one function and
// verified in another (a caller, a callee, a sibling method reading it
// the same way, a struct carrying the raw token to the verifier), beside
// the same helpers with nothing verifying their token.
func TestPeekThenVerify(t *testing.T) {
	testsupport.Run(t, analysistest.TestData(), jwtclaims.Analyzer, "peek_then_verify", "peek_then_verify_pkgs/...", "peek_helper/...")
}

// TestOwnTokens covers tokens read unverified that are the program's own:
// minted by it (in the same function, or returned by a function that
// mints, in the package or another) or the id_token an identity
// provider's token endpoint returned; beside each, the same read of a
// token the client sent.
func TestOwnTokens(t *testing.T) {
	testsupport.Run(t, analysistest.TestData(), jwtclaims.Analyzer, "own_tokens/...")
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
		"quiet_client_reads_token",
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

// TestLifetimeFlow covers lifetimes that reach the mint through a
// parameter (within the package, through a wrapper, from another package)
// or a configuration field with a constant default, and checks that the
// finding at the call or default points back at the mint.
func TestLifetimeFlow(t *testing.T) {
	results := testsupport.Run(t, analysistest.TestData(), jwtclaims.Analyzer, "lifetime_flow/...")
	related := 0
	for _, r := range results {
		for _, d := range r.Diagnostics {
			if !strings.Contains(d.Message, "passed to") && !strings.Contains(d.Message, "the value of") {
				continue
			}
			if len(d.Related) != 1 {
				t.Errorf("%s: %d related, want the mint", d.Message, len(d.Related))
				continue
			}
			related++
			if m := d.Related[0].Message; m != "the token's exp is set here" && !strings.HasPrefix(m, "mints the token at auth.go:") {
				t.Errorf("related message %q", m)
			}
		}
	}
	if related != 5 {
		t.Errorf("%d findings with related mints, want 5", related)
	}
}

// TestCategories checks the category each finding carries, which
// statecheck maps to a severity: lifetimes up to twice -maxlifetime are
// CategoryLifetime, the -strict rules CategoryStrict, the rest none.
func TestCategories(t *testing.T) {
	want := map[string]string{
		"jwt lifetime 25h0m0s":   jwtclaims.CategoryLifetime,
		"jwt lifetime 48h0m0s":   jwtclaims.CategoryLifetime,
		"jwt lifetime 36h0m0s":   jwtclaims.CategoryLifetime,
		"jwt lifetime 720h0m0s":  "",
		"jwt lifetime 72h0m0s":   "",
		"jwt minted without":     "",
		"jwt claim \"password\"": "",
	}
	got := map[string]string{}
	for _, r := range testsupport.Run(t, analysistest.TestData(), jwtclaims.Analyzer, "severity_categories") {
		for _, d := range r.Diagnostics {
			for prefix := range want {
				if strings.HasPrefix(d.Message, prefix) {
					got[prefix] = d.Category
				}
			}
			// go vet would make a category the fragment of the URL.
			if d.Category != "" && d.URL != jwtclaims.Analyzer.URL {
				t.Errorf("%s: URL %q, want the check's %q", d.Message, d.URL, jwtclaims.Analyzer.URL)
			}
		}
	}
	for prefix, cat := range want {
		if c, ok := got[prefix]; !ok || c != cat {
			t.Errorf("%s…: category %q (found %v), want %q", prefix, c, ok, cat)
		}
	}
	setFlag(t, "strict", "true")
	for _, r := range testsupport.Run(t, analysistest.TestData(), jwtclaims.Analyzer, "keyfunc_unpinned_method") {
		if len(r.Diagnostics) == 0 {
			t.Error("no -strict findings")
		}
		for _, d := range r.Diagnostics {
			if d.Category != jwtclaims.CategoryStrict {
				t.Errorf("%s: category %q, want %q", d.Message, d.Category, jwtclaims.CategoryStrict)
			}
		}
	}
}
