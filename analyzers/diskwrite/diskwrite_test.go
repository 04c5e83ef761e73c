package diskwrite_test

import (
	"slices"
	"testing"

	"golang.org/x/tools/go/analysis/analysistest"

	"github.com/statecheck/statecheck/analyzers/diskwrite"
	"github.com/statecheck/statecheck/analyzers/internal/testsupport"
)

func TestFlagged(t *testing.T) {
	testsupport.Run(t, analysistest.TestData(), diskwrite.Analyzer,
		"nethttp_writes",
		"cross_package",
		"handler_via_gin",
		"handler_via_echo",
		"handler_via_fiber",
		"blob_buckets",
		"blob_cross_package",
		"via_interface/...",
		"flag_param",
		"path_savers",
		"afero_fs",
		"afero_cross_package",
		"held_files",
		"held_files_cross_package",
		"held_files_upstream",
		"held_files_impl/...",
		"own_handler_type/...",
	)
}

func TestQuiet(t *testing.T) {
	testsupport.Run(t, analysistest.TestData(), diskwrite.Analyzer, "quiet", "held_files_quiet", "held_files_gin_quiet")
}

// TestRelatedHolderWrites checks that a finding about a store held in a
// field or variable has related information at every write through it
// on a request path, by any handler, not only at the first: each is a
// line to change.
func TestRelatedHolderWrites(t *testing.T) {
	results := testsupport.Run(t, analysistest.TestData(), diskwrite.Analyzer, "held_writes_related/...")
	for _, c := range []struct {
		prefix string
		want   []string
	}{{
		"handler server.create writes through users.User.Fs",
		[]string{
			"users.go:15: opened here",
			"http.go:26: written here",
			"http.go:31: written here",
			"http.go:32: written here",
			"http.go:36: written here",
		},
	}, {
		"afero filesystem built here",
		[]string{
			"files.go:18: stored here",
			"files.go:23: stored here",
		},
	}} {
		if got := testsupport.RelatedLines(results, c.prefix); !slices.Equal(got, c.want) {
			t.Errorf("related information of %q:\ngot  %q\nwant %q", c.prefix, got, c.want)
		}
	}
}
