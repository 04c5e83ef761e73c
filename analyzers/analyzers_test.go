package analyzers_test

import (
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"golang.org/x/tools/go/analysis/checker"
	"golang.org/x/tools/go/packages"

	"github.com/statecheck/statecheck/analyzers"
	"github.com/statecheck/statecheck/analyzers/internal/directive"
	"github.com/statecheck/statecheck/analyzers/internal/doc"
	"github.com/statecheck/statecheck/analyzers/internal/testsupport"
)

// TestFactsDeterministic runs every analyzer over every scenario with the
// checker's sanity check, which encodes each fact twice and fails when the
// encodings differ: facts must be deterministic for build caches and nogo.
func TestFactsDeterministic(t *testing.T) {
	if testing.Short() {
		t.Skip("loads every scenario")
	}
	for _, c := range analyzers.Checks() {
		dir := filepath.Join(c.Name(), "testdata")
		if _, err := os.Stat(dir); err != nil {
			continue
		}
		t.Run(c.Name(), func(t *testing.T) {
			root := testsupport.Merge(t, dir)
			cfg := &packages.Config{
				Mode:  packages.LoadAllSyntax,
				Dir:   root,
				Env:   append(os.Environ(), "GOPATH="+root, "GO111MODULE=off", "GOFLAGS=", "GOWORK=off"),
				Tests: true,
			}
			entries, err := os.ReadDir(filepath.Join(dir, "src"))
			if err != nil {
				t.Fatal(err)
			}
			var patterns []string
			for _, e := range entries {
				if e.IsDir() {
					patterns = append(patterns, e.Name())
				}
			}
			pkgs, err := packages.Load(cfg, patterns...)
			if err != nil {
				t.Fatal(err)
			}
			for _, p := range pkgs {
				for _, e := range p.Errors {
					if !strings.Contains(e.Msg, "no Go files") {
						t.Fatalf("%s: %v", p.PkgPath, e)
					}
				}
			}
			if _, err := checker.Analyze(analyzers.All(), pkgs, &checker.Options{SanityCheck: true}); err != nil {
				t.Fatal(err)
			}
		})
	}
}

// TestMetadata checks that every check is documented and named as the
// README and suppressions expect.
func TestMetadata(t *testing.T) {
	seen := map[string]bool{}
	for _, c := range analyzers.Checks() {
		a := c.Analyzer
		if seen[a.Name] {
			t.Errorf("duplicate analyzer %s", a.Name)
		}
		seen[a.Name] = true
		if c.Title == "" || c.Summary() == "" {
			t.Errorf("%s: missing title or summary", a.Name)
		}
		if a.URL != doc.URL(a.Name) {
			t.Errorf("%s: URL %q, want %q", a.Name, a.URL, doc.URL(a.Name))
		}
		if !slices.Contains(directive.Known, a.Name) {
			t.Errorf("%s: not in directive.Known, so ignore directives cannot name it", a.Name)
		}
		if !strings.Contains(a.Doc, "WRONG") || !strings.Contains(a.Doc, "RIGHT") {
			t.Errorf("%s: doc has no WRONG/RIGHT example", a.Name)
		}
		if !slices.Contains(analyzers.Severities, c.Severity) {
			t.Errorf("%s: severity %q is not one of %v", a.Name, c.Severity, analyzers.Severities)
		}
		for _, l := range c.Levels {
			if l.Category == "" || l.Findings == "" || !slices.Contains(analyzers.Severities, l.Severity) || l.Severity == c.Severity {
				t.Errorf("%s: level %+v needs a category, the findings it covers, and a severity other than the check's", a.Name, l)
			}
			if got := c.SeverityFor(l.Category); got != l.Severity {
				t.Errorf("%s: SeverityFor(%q) = %q, want %q", a.Name, l.Category, got, l.Severity)
			}
		}
		if got := c.SeverityFor("no such category"); got != c.Severity {
			t.Errorf("%s: SeverityFor of an unknown category = %q, want the check's %q", a.Name, got, c.Severity)
		}
	}
}
