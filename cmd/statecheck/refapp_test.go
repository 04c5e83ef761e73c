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

// TestReferenceAppDeploy proves the reference application's deployment
// files' claim: statecheck deploy reports the sticky nginx configuration
// and the local volume that before/ ships (the checked-in list), nothing
// on after/'s, and check --deploy ties the sticky sessions to the
// in-process sessions of before/'s code.
func TestReferenceAppDeploy(t *testing.T) {
	self, err := exec.LookPath("statecheck")
	if err != nil {
		t.Fatalf("the statecheck command is not set up: %v", err)
	}
	before := lintArgs(t, self, 1, "deploy", "before/deploy")
	golden := filepath.Join(refApp, "before.deploy.findings")
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
		t.Errorf("deployment findings on reference-app/before/deploy differ from %s (run with -update after a deliberate change)\n--- got\n%s\n--- want\n%s",
			golden, strings.Join(before, "\n"), strings.Join(want, "\n"))
	}
	for _, c := range []string{"stickysession", "localvolume"} {
		if !slices.ContainsFunc(before, func(f string) bool { return strings.HasSuffix(f, ":"+c) }) {
			t.Errorf("no %s finding on reference-app/before/deploy", c)
		}
	}
	if after := lintArgs(t, self, 0, "deploy", "after/deploy"); len(after) > 0 {
		t.Errorf("deployment findings on reference-app/after/deploy, which must have none:\n%s", strings.Join(after, "\n"))
	}

	if testing.Short() {
		return
	}
	cmd := exec.Command(self, "-C", refApp, "check", "--deploy", "--format", "json", "--path-prefix", "", "./before/...")
	out, _ := cmd.Output()
	var findings []struct {
		Analyzer string `json:"analyzer"`
		Related  []struct {
			Position struct {
				File string `json:"file"`
			} `json:"position"`
			Message string `json:"message"`
		} `json:"related"`
	}
	if err := json.Unmarshal(out, &findings); err != nil {
		t.Fatalf("check --deploy: bad JSON: %v\n%s", err, out)
	}
	stickyNamesCode, codeNamesSticky := false, false
	for _, f := range findings {
		for _, r := range f.Related {
			if f.Analyzer == "stickysession" && strings.HasPrefix(r.Position.File, "before/") && strings.HasSuffix(r.Position.File, ".go") {
				stickyNamesCode = true
			}
			if f.Analyzer == "globalstate" && r.Position.File == "before/deploy/nginx.conf" {
				codeNamesSticky = true
			}
		}
	}
	if !stickyNamesCode || !codeNamesSticky {
		t.Errorf("check --deploy: the sticky sessions and the in-process sessions do not name each other (sticky names code: %v, code names sticky: %v)\n%s", stickyNamesCode, codeNamesSticky, out)
	}
}

// lint runs statecheck on the reference application's packages and
// returns its findings as sorted "file:line:analyzer" lines.
func lint(t *testing.T, self, pattern string, wantExit int) []string {
	t.Helper()
	return lintArgs(t, self, wantExit, pattern)
}

// lintArgs runs statecheck with args on the reference application and
// returns its findings as sorted "file:line:analyzer" lines.
func lintArgs(t *testing.T, self string, wantExit int, args ...string) []string {
	t.Helper()
	pattern := strings.Join(args, " ")
	// Names relative to the module root, wherever the repository is.
	cmd := exec.Command(self, append([]string{"-C", refApp, "--format", "json", "--path-prefix", ""}, args...)...)
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
