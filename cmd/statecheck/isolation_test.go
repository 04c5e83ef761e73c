package main

import (
	"bytes"
	"errors"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"testing"

	"github.com/statecheck/statecheck/internal/failure"
)

// isolationModule is a service of two packages: a, whose handler writes a
// package-level map and whose Remember writes a package-level variable,
// and b, which imports a, with a handler that writes its own map and calls
// a.Remember, and registers a's handler.
var isolationModule = map[string]string{
	"go.mod": "module example.com/m\n\ngo 1.26\n",
	"a/a.go": `package a

import "net/http"

var hits = map[string]int{}

// Count counts the requests by path.
func Count(w http.ResponseWriter, r *http.Request) {
	hits[r.URL.Path]++
}

var last string

// Remember keeps the last path.
func Remember(s string) { last = s }
`,
	"b/b.go": `package b

import (
	"net/http"

	"example.com/m/a"
)

var seen = map[string]bool{}

// Seen marks the path seen.
func Seen(w http.ResponseWriter, r *http.Request) {
	seen[r.URL.Path] = true
	a.Remember(r.URL.Path)
}

func Serve() {
	http.HandleFunc("/count", a.Count)
	http.HandleFunc("/seen", Seen)
}
`,
}

// The findings on isolationModule, as the check command prints them.
const (
	findingA     = "a/a.go:9:6: handler Count writes package-level map hits"
	findingB     = "b/b.go:13:6: handler Seen writes package-level map seen"
	findingBViaA = "b/b.go:14:12: handler Seen → a.Remember assigns package-level variable a.last"
)

// TestIsolation makes an analyzer panic on purpose on package a, through
// the test hook of package internal/failure (a statecheck built with the
// statecheck_testhook tag), and checks that only that analyzer's findings
// on a are lost: the other checks still report on a, b is analyzed as
// usual, the failure is said once, with the check, the package and the
// function's position, and the run exits 2 (go vet: 1), through the check
// command and through go vet -vettool.
func TestIsolation(t *testing.T) {
	if testing.Short() {
		t.Skip("builds statecheck and runs go vet")
	}
	if _, err := exec.LookPath("go"); err != nil {
		t.Skip("needs the go command")
	}
	bin := filepath.Join(t.TempDir(), "statecheck")
	build := exec.Command("go", "build", "-tags", "statecheck_testhook", "-o", bin, ".")
	if out, err := build.CombinedOutput(); err != nil {
		t.Fatalf("go build: %v\n%s", err, out)
	}
	env := append(os.Environ(), "GOTOOLCHAIN=local", "GOFLAGS=-buildvcs=false", "GOPROXY=off", "GOWORK=off")

	// run runs the command in a fresh copy of the module, so that go vet
	// caches nothing across runs, with the hook set to panic.
	run := func(t *testing.T, panics string, name string, args ...string) (stdout, stderr string, code int) {
		t.Helper()
		dir := t.TempDir()
		for name, data := range isolationModule {
			path := filepath.Join(dir, filepath.FromSlash(name))
			if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
				t.Fatal(err)
			}
			if err := os.WriteFile(path, []byte(data), 0o644); err != nil {
				t.Fatal(err)
			}
		}
		cmd := exec.Command(name, args...)
		cmd.Dir = dir
		cmd.Env = append(env, failure.HookEnv+"="+panics)
		var out, errOut bytes.Buffer
		cmd.Stdout, cmd.Stderr = &out, &errOut
		err := cmd.Run()
		var ee *exec.ExitError
		switch {
		case errors.As(err, &ee):
			code = ee.ExitCode()
		case err != nil:
			t.Fatal(err)
		}
		return out.String(), errOut.String(), code
	}
	has := func(t *testing.T, what, out string, want ...string) {
		t.Helper()
		for _, w := range want {
			if !strings.Contains(out, w) {
				t.Errorf("%s lacks %q:\n%s", what, w, out)
			}
		}
	}
	hasNot := func(t *testing.T, what, out string, unwanted ...string) {
		t.Helper()
		for _, w := range unwanted {
			if strings.Contains(out, w) {
				t.Errorf("%s has %q:\n%s", what, w, out)
			}
		}
	}
	// once checks that stderr has the failure line exactly once.
	once := func(t *testing.T, stderr, line string) {
		t.Helper()
		re := regexp.MustCompile(`(?m)^` + regexp.QuoteMeta(line) + `$`)
		if n := len(re.FindAllString(stderr, -1)); n != 1 {
			t.Errorf("stderr has %d lines %q, want 1:\n%s", n, line, stderr)
		}
		hasNot(t, "stderr", stderr, "could not import", "vetx")
	}

	const tempfileOnA = "tempfile@example.com/m/a"
	const tempfileFailed = "analyzer tempfile failed on package example.com/m/a: panic at a.go:8: statecheck test hook: " + tempfileOnA

	t.Run("check", func(t *testing.T) {
		stdout, stderr, code := run(t, tempfileOnA, bin, "./...")
		if code != 2 {
			t.Errorf("exit status %d, want 2", code)
		}
		has(t, "stdout", stdout, findingA, findingB, findingBViaA)
		once(t, stderr, "statecheck: "+tempfileFailed)
		has(t, "stderr", stderr, "This is a bug in statecheck")

		// A disabled check's failure does not matter.
		stdout, stderr, code = run(t, tempfileOnA, bin, "--disable", "tempfile", "./...")
		if code != 1 {
			t.Errorf("--disable tempfile: exit status %d, want 1", code)
		}
		has(t, "stdout", stdout, findingA, findingB)
		hasNot(t, "stderr", stderr, "failed on package")
	})

	t.Run("dependency", func(t *testing.T) {
		// a is analyzed only for its facts: the failure reaches b.
		stdout, stderr, code := run(t, tempfileOnA, bin, "./b")
		if code != 2 {
			t.Errorf("exit status %d, want 2", code)
		}
		has(t, "stdout", stdout, findingB, findingBViaA)
		hasNot(t, "stdout", stdout, findingA)
		once(t, stderr, "statecheck: "+tempfileFailed)
	})

	t.Run("engine", func(t *testing.T) {
		// The effects engine fails on a, while it summarizes the handler
		// at a.go:8: the checks find nothing there and b sees none of a's
		// summaries, but b's own findings stay.
		const effectsOnA = "statecheckeffects@example.com/m/a"
		stdout, stderr, code := run(t, effectsOnA, bin, "./...")
		if code != 2 {
			t.Errorf("exit status %d, want 2", code)
		}
		has(t, "stdout", stdout, findingB)
		hasNot(t, "stdout", stdout, findingA, findingBViaA)
		once(t, stderr, "statecheck: analyzer statecheckeffects failed on package example.com/m/a: panic at a.go:8: statecheck test hook: "+effectsOnA)
	})

	t.Run("engines", func(t *testing.T) {
		// The checks that read the SSA form and the handlers take their
		// empty results for "nothing here": only the engines fail.
		const ssaOnA, entryOnB = "statecheckssa@example.com/m/a", "statecheckentry@example.com/m/b"
		stdout, stderr, code := run(t, ssaOnA+","+entryOnB, bin, "./...")
		if code != 2 {
			t.Errorf("exit status %d, want 2", code)
		}
		hasNot(t, "stdout", stdout, findingA, findingB, findingBViaA)
		once(t, stderr, "statecheck: analyzer statecheckssa failed on package example.com/m/a: panic: statecheck test hook: "+ssaOnA)
		once(t, stderr, "statecheck: analyzer statecheckentry failed on package example.com/m/b: panic: statecheck test hook: "+entryOnB)
		if n := strings.Count(stderr, " failed on package "); n != 2 {
			t.Errorf("%d failures reported, want 2:\n%s", n, stderr)
		}
	})

	t.Run("vet", func(t *testing.T) {
		_, stderr, code := run(t, tempfileOnA, "go", "vet", "-vettool="+bin, "./...")
		if code != 1 {
			t.Errorf("exit status %d, want 1", code)
		}
		has(t, "stderr", stderr, findingA, findingB, findingBViaA)
		once(t, stderr, "a/a.go:8:6: "+tempfileFailed)

		_, stderr, code = run(t, tempfileOnA, "go", "vet", "-vettool="+bin, "./b")
		if code != 1 {
			t.Errorf("./b: exit status %d, want 1", code)
		}
		has(t, "stderr", stderr, findingB)
		once(t, stderr, "b/b.go:6:2: "+tempfileFailed)

		// Selecting checks by name keeps the report of failures.
		_, stderr, code = run(t, tempfileOnA, "go", "vet", "-vettool="+bin, "-globalstate", "./...")
		if code != 1 {
			t.Errorf("-globalstate: exit status %d, want 1", code)
		}
		has(t, "stderr", stderr, findingA, findingB)
		once(t, stderr, "a/a.go:8:6: "+tempfileFailed)
	})
}

// TestDecodeFailures reads the failure reporter's diagnostics out of go
// vet's JSON stream: as failures, not findings, once each however many
// packages report them.
func TestDecodeFailures(t *testing.T) {
	stream := `{"example.com/a": {
		"globalstate": [{"posn": "/m/a/a.go:9:6", "end": "/m/a/a.go:9:6", "message": "m"}],
		"tempfile": [],
		"statecheck": [{"posn": "/m/a/a.go:8:6", "end": "/m/a/a.go:8:6", "message": "analyzer tempfile failed on package example.com/a: panic at a.go:8: boom"}]
	}}
{"example.com/b": {
		"statecheck": [
			{"posn": "/m/b/b.go:6:2", "end": "/m/b/b.go:6:2", "message": "analyzer tempfile failed on package example.com/a: panic at a.go:8: boom"},
			{"posn": "/m/b/b.go:7:2", "end": "/m/b/b.go:7:2", "message": "analyzer statecheckeffects failed on package example.com/c: panic: x"}
		]
	}}
`
	res := &vetResult{}
	if err := res.decodeIn(strings.NewReader(stream), filepath.FromSlash("/m")); err != nil {
		t.Fatal(err)
	}
	if len(res.findings) != 1 || res.findings[0].Analyzer != "globalstate" {
		t.Errorf("findings %+v, want the globalstate one", res.findings)
	}
	want := []analysisError{
		{"example.com/a", "tempfile", "panic at a.go:8: boom"},
		{"example.com/c", "statecheckeffects", "panic: x"},
	}
	if !slices.Equal(res.analysisErrors, want) {
		t.Errorf("failures %+v, want %+v", res.analysisErrors, want)
	}
}
