package config

import (
	"reflect"
	"testing"

	"github.com/statecheck/statecheck/analyzers"
)

func TestSeverityAndExclude(t *testing.T) {
	c, err := Parse(".statecheck.yml", []byte(`severity:
  alpha: warning
  gamma: note
exclude:
  - gen
  - path: examples/**/main.go
    checks: [beta]
`))
	if err != nil {
		t.Fatal(err)
	}
	if _, err := c.Flags(testChecks()); err != nil {
		t.Fatal(err)
	}
	want := map[string]string{"alpha": "warning", "gamma": "note"}
	if !reflect.DeepEqual(c.Severity, want) {
		t.Errorf("Severity = %v, want %v", c.Severity, want)
	}
	checks := testChecks()
	for _, tc := range []struct {
		check, sev string
	}{{"alpha", "warning"}, {"beta", ""}, {"gamma", "note"}} {
		ch, _ := lookup(checks, tc.check)
		if got := c.SeverityOf(ch); got != tc.sev {
			t.Errorf("SeverityOf(%s) = %q, want %q", tc.check, got, tc.sev)
		}
	}
	// A check's own levels per category, and the configuration over them.
	gamma, _ := lookup(checks, "gamma")
	beta, _ := lookup(checks, "beta")
	levels := []analyzers.Level{{Category: "lifetime", Severity: "warning", Findings: "long lifetimes"}}
	gamma.Severity, gamma.Levels = "error", levels
	beta.Severity, beta.Levels = "error", levels
	for _, tc := range []struct {
		ch            analyzers.Check
		category, sev string
	}{
		{beta, "", "error"},
		{beta, "lifetime", "warning"},
		{beta, "other", "error"},
		{gamma, "", "note"},
		{gamma, "lifetime", "note"},
	} {
		if got := c.SeverityFor(tc.ch, tc.category); got != tc.sev {
			t.Errorf("SeverityFor(%s, %q) = %q, want %q", tc.ch.Name(), tc.category, got, tc.sev)
		}
	}
	var none *Config
	if got := none.SeverityFor(beta, "lifetime"); got != "warning" {
		t.Errorf("without a file, SeverityFor(beta, lifetime) = %q, want warning", got)
	}
	wantEx := []Exclude{{Path: "gen"}, {Path: "examples/**/main.go", Checks: []string{"beta"}}}
	if !reflect.DeepEqual(c.Exclude, wantEx) {
		t.Errorf("Exclude = %#v, want %#v", c.Exclude, wantEx)
	}
	if !c.Exclude[0].For("alpha") || c.Exclude[1].For("alpha") || !c.Exclude[1].For("beta") {
		t.Error("For: an entry without checks is for every check, one with checks only for those")
	}
}

func TestExcludeMatch(t *testing.T) {
	for _, tc := range []struct {
		glob, path string
		want       bool
	}{
		{"gen", "gen/a.go", true},
		{"gen", "gen", true},
		{"gen", "pkg/gen/a.go", false},
		{"gen", "generated/a.go", false},
		{"gen/**", "gen/x/y/a.go", true},
		{"**/gen", "pkg/gen/a.go", true},
		{"**/gen", "gen/a.go", true},
		{"**/*_gen.go", "a/b/x_gen.go", true},
		{"**/*_gen.go", "a/b/x.go", false},
		{"examples/**/main.go", "examples/main.go", true},
		{"examples/**/main.go", "examples/a/b/main.go", true},
		{"examples/**/main.go", "examples/a/b/other.go", false},
		{"cmd/*/main.go", "cmd/tool/main.go", true},
		{"cmd/*/main.go", "cmd/tool/sub/main.go", false},
		{"*", "../outside.go", false},
		{"**", "a.go", true},
	} {
		if got := (Exclude{Path: tc.glob}).Match(tc.path); got != tc.want {
			t.Errorf("Exclude{%q}.Match(%q) = %v, want %v", tc.glob, tc.path, got, tc.want)
		}
	}
}

func TestSeverityAndExcludeErrors(t *testing.T) {
	for _, tc := range []struct{ file, want string }{
		{"severity: error\n", `f.yml:1:11: severity must map check names to error, warning, note`},
		{"severity:\n  alpha: fatal\n", `f.yml:2:10: severity.alpha: "fatal" is not a severity; use error, warning, note`},
		{"severity:\n  alhpa: note\n", `f.yml:2:3: severity: unknown check "alhpa"; valid names: alpha, beta, gamma, delta`},
		{"severity:\n  alpha: [error]\n", `f.yml:2:10: severity.alpha must be one of error, warning, note`},
		{"exclude: gen\n", `f.yml:1:10: exclude must be a list of path globs`},
		{"exclude:\n  - /abs/gen\n", `f.yml:2:5: exclude: "/abs/gen": a glob is a slash-separated path relative to the configuration file's directory, inside it`},
		{"exclude:\n  - ../up\n", `f.yml:2:5: exclude: "../up": a glob is a slash-separated path relative to the configuration file's directory, inside it`},
		{"exclude:\n  - gen/[a\n", `f.yml:2:5: exclude: "gen/[a": syntax error in pattern`},
		{"exclude:\n  - path: gen\n    checks: [nosuch]\n", `f.yml:3:14: exclude: unknown check "nosuch"; valid names: alpha, beta, gamma, delta`},
		{"exclude:\n  - path: gen\n    check: [alpha]\n", `f.yml:3:5: exclude: unknown key "check"; known keys: path, checks`},
		{"exclude:\n  - checks: [alpha]\n", `f.yml:2:5: exclude: entry has no path`},
		{"exclude:\n  - path: gen\n    checks: []\n", `f.yml:2:5: exclude: checks is empty; leave it out to exclude the path from every check`},
		{"exclude:\n  - [gen]\n", `f.yml:2:5: exclude: each entry is a path glob, or a mapping such as {path: examples/**, checks: [globalstate]}`},
	} {
		c, err := Parse("f.yml", []byte(tc.file))
		if err == nil {
			_, err = c.Flags(testChecks())
		}
		if err == nil || err.Error() != tc.want {
			t.Errorf("%q: error %v, want %s", tc.file, err, tc.want)
		}
	}
}
