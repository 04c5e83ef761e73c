// Package testsupport runs analysistest on an analyzer's scenarios together
// with the shared stub packages that mirror the third-party libraries the
// scenarios import (gin, echo, fiber, chi, gRPC, go-redis, ...).
//
// The stubs live once, in this package's testdata/src; each analyzer keeps
// only its own scenarios in its testdata/src. Run lays both out in one
// temporary GOPATH tree, so scenarios import the stubs by their real
// import paths.
package testsupport

import (
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"testing"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/analysis/analysistest"
)

// StubsDir returns the GOPATH-style directory holding the shared stubs.
func StubsDir() string {
	_, file, _, _ := runtime.Caller(0)
	return filepath.Join(filepath.Dir(file), "testdata")
}

// Run is analysistest.Run over the analyzer's testdata directory dir (which
// holds src/<scenario>/...) merged with the shared stubs.
func Run(t *testing.T, dir string, a *analysis.Analyzer, patterns ...string) []*analysistest.Result {
	t.Helper()
	return analysistest.Run(t, Merge(t, dir), a, patterns...)
}

// RunWithSuggestedFixes is analysistest.RunWithSuggestedFixes over the
// merged tree; golden files travel with their scenarios.
func RunWithSuggestedFixes(t *testing.T, dir string, a *analysis.Analyzer, patterns ...string) []*analysistest.Result {
	t.Helper()
	return analysistest.RunWithSuggestedFixes(t, Merge(t, dir), a, patterns...)
}

// RelatedLines renders the related information of the findings whose
// message starts with prefix ("" for every finding) as "file.go:line:
// message", in report order, for tests of what a finding points at:
// analysistest's want comments see only the message.
func RelatedLines(results []*analysistest.Result, prefix string) []string {
	var lines []string
	for _, r := range results {
		for _, d := range r.Diagnostics {
			if !strings.HasPrefix(d.Message, prefix) {
				continue
			}
			for _, rel := range d.Related {
				p := r.Pass.Fset.Position(rel.Pos)
				lines = append(lines, fmt.Sprintf("%s:%d: %s", filepath.Base(p.Filename), p.Line, rel.Message))
			}
		}
	}
	return lines
}

// Merge copies the shared stubs and then dir into a fresh temporary GOPATH
// tree and returns its root. Files of dir win over stubs of the same path,
// so a scenario can replace a stub when it must.
func Merge(t testing.TB, dir string) string {
	t.Helper()
	root := t.TempDir()
	for _, src := range []string{StubsDir(), dir} {
		if err := copyTree(src, root); err != nil {
			t.Fatalf("preparing analysistest tree: %v", err)
		}
	}
	return root
}

func copyTree(src, dst string) error {
	return filepath.WalkDir(src, func(path string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		rel, err := filepath.Rel(src, path)
		if err != nil {
			return err
		}
		target := filepath.Join(dst, rel)
		if d.IsDir() {
			return os.MkdirAll(target, 0o755)
		}
		data, err := os.ReadFile(path)
		if err != nil {
			return err
		}
		return os.WriteFile(target, data, 0o644)
	})
}
