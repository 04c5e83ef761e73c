package main

import (
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"github.com/rogpeppe/go-internal/testscript"

	"github.com/statecheck/statecheck/analyzers"
)

// TestMain makes the test binary answer as the commands the scripts run:
// statecheck with the real checks, and statecheck-test with the stand-in
// checks of testchecks_test.go, whose findings, flags, errors and panics
// are fixed, so the scripts can pin the drivers' behaviour exactly. Both
// are also the vet tool of the go vet they drive: the go command runs this
// binary again under the same name.
func TestMain(m *testing.M) {
	testscript.Main(m, map[string]func(){
		"statecheck":      func() { os.Exit(run(analyzers.Checks(), os.Args[1:])) },
		"statecheck-test": func() { os.Exit(run(testChecks, os.Args[1:])) },
	})
}

// TestScripts runs testdata/script/*.txtar. Each script has the bundled
// demo service in $WORK/demo, the golangci-lint plugin's test module (an
// in-house framework and its .statecheck.yml) in $WORK/shop, and
// $STATECHECK, the statecheck executable, for go vet -vettool. The condition [analyzer:NAME] holds when the check
// NAME is registered, so a script can wait for a check still being written.
func TestScripts(t *testing.T) {
	if _, err := exec.LookPath("go"); err != nil {
		t.Skip("needs the go command")
	}
	goEnv := map[string]string{}
	out, err := exec.Command("go", "env", "-json", "GOCACHE", "GOPATH", "GOMODCACHE").Output()
	if err != nil {
		t.Fatalf("go env: %v", err)
	}
	if err := json.Unmarshal(out, &goEnv); err != nil {
		t.Fatalf("go env: %v", err)
	}
	self, err := exec.LookPath("statecheck")
	if err != nil {
		t.Fatalf("the statecheck command is not set up: %v", err)
	}
	testscript.Run(t, testscript.Params{
		Dir: filepath.Join("testdata", "script"),
		Setup: func(env *testscript.Env) error {
			for k, v := range goEnv {
				env.Setenv(k, v)
			}
			env.Setenv("GOTOOLCHAIN", "local")
			env.Setenv("GOFLAGS", "-buildvcs=false")
			env.Setenv("STATECHECK", self)
			demoOut, err := readmeDemoOutput()
			if err != nil {
				return err
			}
			if err := os.WriteFile(filepath.Join(env.WorkDir, "readme-demo.txt"), []byte(demoOut), 0o644); err != nil {
				return err
			}
			if err := copyDir(filepath.Join("..", "..", "plugin", "golangci", "testdata", "shop"), filepath.Join(env.WorkDir, "shop")); err != nil {
				return err
			}
			return copyDir(filepath.Join("..", "..", "testdata", "demo"), filepath.Join(env.WorkDir, "demo"))
		},
		Condition: func(cond string) (bool, error) {
			if name, ok := strings.CutPrefix(cond, "analyzer:"); ok {
				_, found := analyzers.Lookup(name)
				return found, nil
			}
			return false, fmt.Errorf("unknown condition %q", cond)
		},
		Cmds: map[string]func(ts *testscript.TestScript, neg bool, args []string){
			"exits":      cmdExits,
			"jsonschema": cmdJSONSchema,
			"sarif":      cmdSARIF,
		},
	})
}

// cmdExits runs a command and checks its exit status:
//
//	exits N command [args...]
//
// Its stdout and stderr are kept for the stdout and stderr commands.
func cmdExits(ts *testscript.TestScript, neg bool, args []string) {
	if neg || len(args) < 2 {
		ts.Fatalf("usage: exits N command [args...]")
	}
	want, err := strconv.Atoi(args[0])
	if err != nil {
		ts.Fatalf("exits: %v", err)
	}
	got := 0
	if err := ts.Exec(args[1], args[2:]...); err != nil {
		var ee *exec.ExitError
		if !errors.As(err, &ee) {
			ts.Fatalf("exits: %v", err)
		}
		got = ee.ExitCode()
	}
	if got != want {
		ts.Fatalf("%s exited with status %d, want %d", args[1], got, want)
	}
}

// cmdJSONSchema checks that a file holds the check command's JSON output,
// as the README documents it, with N findings if N is given:
//
//	jsonschema file [N]
func cmdJSONSchema(ts *testscript.TestScript, neg bool, args []string) {
	if neg || len(args) < 1 || len(args) > 2 {
		ts.Fatalf("usage: jsonschema file [N]")
	}
	var findings []map[string]any
	if err := json.Unmarshal([]byte(ts.ReadFile(args[0])), &findings); err != nil {
		ts.Fatalf("output is not a JSON array of objects: %v", err)
	}
	if findings == nil {
		ts.Fatalf("output is null, want an array")
	}
	if len(args) == 2 {
		if want, err := strconv.Atoi(args[1]); err != nil || len(findings) != want {
			ts.Fatalf("%d findings, want %s", len(findings), args[1])
		}
	}
	isPos := func(v any) bool {
		p, ok := v.(map[string]any)
		if !ok {
			return false
		}
		_, file := p["file"].(string)
		_, line := p["line"].(float64)
		_, col := p["column"].(float64)
		return file && line && col
	}
	for i, f := range findings {
		for _, k := range []string{"analyzer", "package", "message", "url"} {
			if _, ok := f[k].(string); !ok {
				ts.Fatalf("finding %d: %q is not a string", i, k)
			}
		}
		for _, k := range []string{"position", "end"} {
			if !isPos(f[k]) {
				ts.Fatalf("finding %d: %q is not a {file, line, column} position", i, k)
			}
		}
		rel, ok := f["related"].([]any)
		if !ok {
			ts.Fatalf("finding %d: related is not an array", i)
		}
		for _, r := range rel {
			r, ok := r.(map[string]any)
			if !ok || !isPos(r["position"]) || !isPos(r["end"]) {
				ts.Fatalf("finding %d: related entry without positions", i)
			}
			if _, ok := r["message"].(string); !ok {
				ts.Fatalf("finding %d: related entry without message", i)
			}
		}
		fixes, ok := f["suggested_fixes"].([]any)
		if !ok {
			ts.Fatalf("finding %d: suggested_fixes is not an array", i)
		}
		for _, fix := range fixes {
			fix, ok := fix.(map[string]any)
			if !ok {
				ts.Fatalf("finding %d: suggested fix is not an object", i)
			}
			if _, ok := fix["message"].(string); !ok {
				ts.Fatalf("finding %d: suggested fix without message", i)
			}
			edits, ok := fix["edits"].([]any)
			if !ok {
				ts.Fatalf("finding %d: suggested fix without edits", i)
			}
			for _, e := range edits {
				e, ok := e.(map[string]any)
				_, file := e["file"].(string)
				_, start := e["start"].(float64)
				_, end := e["end"].(float64)
				_, nw := e["new"].(string)
				if !ok || !file || !start || !end || !nw {
					ts.Fatalf("finding %d: edit is not {file, start, end, new}", i)
				}
			}
		}
	}
}

// cmdSARIF checks that a file is valid SARIF 2.1.0 (testdata's JSON
// schema) with one run, and N results if N is given:
//
//	sarif file [N]
func cmdSARIF(ts *testscript.TestScript, neg bool, args []string) {
	if neg || len(args) < 1 || len(args) > 2 {
		ts.Fatalf("usage: sarif file [N]")
	}
	results, err := validateSARIF([]byte(ts.ReadFile(args[0])))
	if err != nil {
		ts.Fatalf("invalid SARIF: %v", err)
	}
	if len(args) == 2 {
		if want, err := strconv.Atoi(args[1]); err != nil || len(results) != want {
			ts.Fatalf("%d results, want %s", len(results), args[1])
		}
	}
}

// readmeDemoOutput returns the output of the README's first command as the
// README shows it: the first fenced block after "The first command".
func readmeDemoOutput() (string, error) {
	data, err := os.ReadFile(filepath.Join("..", "..", "README.md"))
	if err != nil {
		return "", err
	}
	s := string(data)
	i := strings.Index(s, "The first command")
	if i < 0 {
		return "", errors.New(`README.md: no "The first command" paragraph`)
	}
	_, block, ok := strings.Cut(s[i:], "\n```\n")
	if !ok {
		return "", errors.New("README.md: no output block after the first command")
	}
	block, _, ok = strings.Cut(block, "```\n")
	if !ok {
		return "", errors.New("README.md: unterminated output block after the first command")
	}
	return block, nil
}

func copyDir(src, dst string) error {
	return filepath.WalkDir(src, func(path string, d os.DirEntry, err error) error {
		if err != nil {
			return err
		}
		rel, _ := filepath.Rel(src, path)
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
