package directives_test

import (
	"testing"

	"golang.org/x/tools/go/analysis/analysistest"

	"github.com/statecheck/statecheck/analyzers/directives"
	"github.com/statecheck/statecheck/analyzers/internal/settings"
)

func TestDirectives(t *testing.T) {
	analysistest.Run(t, analysistest.TestData(), directives.Analyzer, "malformed")
}

// TestUnusedAccepted checks that accepted names that name nothing in the
// package are reported, and that names of other packages, and names that
// may be another package's, are not.
func TestUnusedAccepted(t *testing.T) {
	names := "accepted.used,accepted.typo,accepted.T.f,accepted.T.inner,accepted.inner.g,accepted.T.missing," +
		"accepted.A.f,accepted.F,accepted.T," +
		"other.x,accepted.v2.X,accepted.Typo.f,accepted.a.b.c"
	if err := settings.Accepted.Set(names); err != nil {
		t.Fatal(err)
	}
	defer settings.Accepted.Set("")
	analysistest.Run(t, analysistest.TestData(), directives.Analyzer, "accepted")
}
