package tempfile_test

import (
	"io/fs"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"golang.org/x/tools/go/analysis/analysistest"
	"golang.org/x/tools/go/packages"

	"github.com/statecheck/statecheck/analyzers/internal/testsupport"
	"github.com/statecheck/statecheck/analyzers/tempfile"
)

// TestFixes checks the findings of the scenarios with golden files and
// the edits their fixes make.
func TestFixes(t *testing.T) {
	testsupport.RunWithSuggestedFixes(t, analysistest.TestData(), tempfile.Analyzer,
		"nethttp_not_removed",
		"cross_package",
		"multipart_behind_chi",
		"multipart_copy_in_handler",
		"handler_via_gin_timeout",
		"handler_via_echo_timeout",
		"line_directive_past_end",
		"line_directive_earlier",
		"afero_temp", // no fix: afero files are removed through their filesystem
	)
}

func TestFlagged(t *testing.T) {
	testsupport.Run(t, analysistest.TestData(), tempfile.Analyzer,
		"escapes",
		"handler_via_gin",
		"handler_via_echo",
		"multipart_gorilla",
		"multipart_scs",
		"multipart_local_middleware",
		"multipart_cross_package",
		"multipart_remote_middleware/...",
		"multipart_alice",
		"self_appended_path",
		"gin_group_of_field_router",
		"afero_temp",
	)
}

func TestQuiet(t *testing.T) {
	testsupport.Run(t, analysistest.TestData(), tempfile.Analyzer,
		"quiet_removed",
		"multipart_servemux",
		"gin_group_of_field_router_quiet",
	)
}

// TestGoldenCompiles type-checks every scenario with its golden files in
// place of the sources: the suggested fixes must leave code that builds.
func TestGoldenCompiles(t *testing.T) {
	root := testsupport.Merge(t, analysistest.TestData())
	var patterns []string
	err := filepath.WalkDir(filepath.Join(root, "src"), func(path string, d fs.DirEntry, err error) error {
		if err != nil || !strings.HasSuffix(path, ".go.golden") {
			return err
		}
		data, err := os.ReadFile(path)
		if err != nil {
			return err
		}
		rel, _ := filepath.Rel(filepath.Join(root, "src"), filepath.Dir(path))
		if !slices.Contains(patterns, filepath.ToSlash(rel)) {
			patterns = append(patterns, filepath.ToSlash(rel))
		}
		return os.WriteFile(strings.TrimSuffix(path, ".golden"), data, 0o644)
	})
	if err != nil {
		t.Fatal(err)
	}
	cfg := &packages.Config{
		Mode: packages.LoadAllSyntax,
		Dir:  root,
		Env:  append(os.Environ(), "GOPATH="+root, "GO111MODULE=off", "GOFLAGS=", "GOWORK=off"),
	}
	pkgs, err := packages.Load(cfg, patterns...)
	if err != nil {
		t.Fatal(err)
	}
	if len(pkgs) != len(patterns) {
		t.Fatalf("loaded %d packages for %d golden scenarios", len(pkgs), len(patterns))
	}
	packages.Visit(pkgs, nil, func(p *packages.Package) {
		for _, e := range p.Errors {
			t.Errorf("%s: %v", p.PkgPath, e)
		}
	})
}
