package diskwrite_test

import (
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
