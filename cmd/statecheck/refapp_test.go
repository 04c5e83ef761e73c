package main

import (
	"encoding/json"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/statecheck/statecheck/analyzers"
)

// refApp is the reference application: one shop written twice, before/
// keeping client state in the process and after/ keeping it in shared
// services.
var refApp = filepath.Join("..", "..", "reference-app")

// TestReferenceApp proves the reference application's claim: statecheck
// reports exactly the checked-in list of hazards on before/, at least one
// per check that reports on request paths or startup, and nothing on
// after/. Regenerate the list with -update after a deliberate change.
func TestReferenceApp(t *testing.T) {
	if testing.Short() {
		t.Skip("analyzes the reference application's module")
	}
	self, err := exec.LookPath("statecheck")
	if err != nil {
		t.Fatalf("the statecheck command is not set up: %v", err)
	}

	before := lint(t, self, "./before/...", 1)
	golden := filepath.Join(refApp, "before.findings")
	if *update {
		if err := os.WriteFile(golden, []byte(strings.Join(before, "\n")+"\n"), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	data, err := os.ReadFile(golden)
	if err != nil {
		t.Fatal(err)
	}
	want := strings.Split(strings.TrimSpace(string(data)), "\n")
	if !slices.Equal(before, want) {
		t.Errorf("findings on reference-app/before differ from %s (run with -update after a deliberate change)\n--- got\n%s\n--- want\n%s",
			golden, strings.Join(before, "\n"), strings.Join(want, "\n"))
	}
	for _, c := range []string{"globalstate", "fieldstate", "tempfile", "diskwrite", "handlergo", "sessionstore", "jwtclaims", "shutdown"} {
		if _, registered := analyzers.Lookup(c); !registered {
			continue
		}
		if !slices.ContainsFunc(before, func(f string) bool { return strings.HasSuffix(f, ":"+c) }) {
			t.Errorf("no %s finding on reference-app/before: every check must have its hazard there", c)
		}
	}

	if after := lint(t, self, "./after/...", 0); len(after) > 0 {
		t.Errorf("findings on reference-app/after, which must have none:\n%s", strings.Join(after, "\n"))
	}
}

// lint runs statecheck on the reference application's packages and
// returns its findings as sorted "file:line:analyzer" lines.
func lint(t *testing.T, self, pattern string, wantExit int) []string {
	t.Helper()
	// Names relative to the module root, wherever the repository is.
	cmd := exec.Command(self, "-C", refApp, "--format", "json", "--path-prefix", "", pattern)
	cmd.Stderr = os.Stderr
	out, err := cmd.Output()
	exit := 0
	if ee, ok := err.(*exec.ExitError); ok {
		exit = ee.ExitCode()
	} else if err != nil {
		t.Fatal(err)
	}
	if exit != wantExit {
		t.Fatalf("statecheck %s: exit %d, want %d\n%s", pattern, exit, wantExit, out)
	}
	var findings []struct {
		Analyzer string `json:"analyzer"`
		Position struct {
			File string `json:"file"`
			Line int    `json:"line"`
		} `json:"position"`
	}
	if err := json.Unmarshal(out, &findings); err != nil {
		t.Fatalf("statecheck %s: bad JSON: %v\n%s", pattern, err, out)
	}
	var lines []string
	for _, f := range findings {
		lines = append(lines, fmt.Sprintf("%s:%d:%s", filepath.ToSlash(f.Position.File), f.Position.Line, f.Analyzer))
	}
	slices.Sort(lines)
	return slices.Compact(lines)
}
