package main

import (
	"bytes"
	"encoding/binary"
	"encoding/json"
	"go/build"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"testing"
	"time"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/analysis/unitchecker"

	"github.com/statecheck/statecheck/analyzers"
)

// nonce is an analyzer that does nothing but declare a flag. A vet tool's
// flags are part of the go command's cache key for its results, so a new
// value makes the go command run the tool on every package again.
var nonce = &analysis.Analyzer{
	Name: "nonce",
	Doc:  "nonce: do nothing; its flag keeps the go command's cached vet results apart",
	Run:  func(*analysis.Pass) (any, error) { return nil, nil },
}

func init() { nonce.Flags.String("value", "", "any `string`") }

// refVettool is the "vetunit" command of TestMain: unitchecker with every
// real analyzer, the reference exportTypesOnly must match.
func refVettool() {
	unitchecker.Main(append(analyzers.All(), nonce)...)
}

// typesOnlyModule is a module whose dependencies include every kind of
// unit exportTypesOnly must tell apart: the standard library behind
// net/http (handled), a vendored third-party package importing only
// strings (handled), an HTTP client that names no function that serves
// (handled), one that has a Shutdown method of its own (declined: the
// name is enough), one that serves HTTP and so may get shutdown facts
// (declined), and one that imports it (declined: its import has facts).
var typesOnlyModule = map[string]string{
	"go.mod": "module example.com/m\n\ngo 1.22\n\nrequire example.com/dep v1.0.0\n",
	"vendor/modules.txt": `# example.com/dep v1.0.0
## explicit; go 1.22
example.com/dep/client
example.com/dep/pool
example.com/dep/quiet
example.com/dep/serve
example.com/dep/wrap
`,
	"vendor/example.com/dep/quiet/quiet.go": `package quiet

import "strings"

type Pair[K comparable, V any] struct {
	Key K
	Val V
}

const Greeting = "hello, " + "world"

var Default = Pair[string, int]{Key: strings.ToUpper("a"), Val: len(Greeting)}

func Upper(s string) string {
	type local struct{ s string }
	return strings.ToUpper(local{s}.s)
}
`,
	"vendor/example.com/dep/client/client.go": `package client

import (
	"io"
	"net/http"
)

// Fetch reads url; it serves nothing, though a comment says Serve.
func Fetch(url string) ([]byte, error) {
	resp, err := http.Get(url)
	if err != nil {
		return nil, err
	}
	defer resp.Body.Close()
	return io.ReadAll(resp.Body)
}
`,
	"vendor/example.com/dep/pool/pool.go": `package pool

import "net/http"

type Pool struct{ c http.Client }

func (p *Pool) Shutdown() { p.c.CloseIdleConnections() }
`,
	"vendor/example.com/dep/serve/serve.go": `package serve

import "net/http"

func Run(h http.Handler) error { return http.ListenAndServe(":8080", h) }
`,
	"vendor/example.com/dep/wrap/wrap.go": `package wrap

import "example.com/dep/serve"

func Start() error { return serve.Run(nil) }
`,
	"m.go": `package m

import (
	"encoding/json"
	"net/http"

	"example.com/dep/client"
	"example.com/dep/pool"
	"example.com/dep/quiet"
	"example.com/dep/serve"
	"example.com/dep/wrap"
)

func Handle(w http.ResponseWriter, r *http.Request) {
	json.NewEncoder(w).Encode(quiet.Upper(r.URL.Query().Get("q")))
}

func Main() {
	_, _ = client.Fetch("http://localhost")
	new(pool.Pool).Shutdown()
	_ = serve.Run(http.HandlerFunc(Handle))
	_ = wrap.Start()
}
`,
}

// TestTypesOnlyMatchesUnitchecker runs go vet with the reference vet tool
// on typesOnlyModule and, for each dependency the go command ran it on,
// compares the reference result with what exportTypesOnly makes of the
// same unit. Where analyzers.FactFree holds, the reference facts must be
// empty, which is what lets exportTypesOnly skip the analyzers, and the
// types must be the same bytes, which is what lets it skip function bodies
// and write unitchecker's file format itself. Elsewhere exportTypesOnly
// must leave the unit alone.
func TestTypesOnlyMatchesUnitchecker(t *testing.T) {
	if testing.Short() {
		t.Skip("runs go vet over net/http and its dependencies")
	}
	ref, err := exec.LookPath("vetunit")
	if err != nil {
		t.Fatalf("the vetunit command is not set up: %v", err)
	}
	mod := t.TempDir()
	for name, content := range typesOnlyModule {
		if err := os.MkdirAll(filepath.Dir(filepath.Join(mod, name)), 0o755); err != nil {
			t.Fatal(err)
		}
		writeFile(t, filepath.Join(mod, name), content)
	}
	cmd := exec.Command("go", "vet", "-work", "-vettool="+ref, "-nonce.value="+strconv.FormatInt(time.Now().UnixNano(), 10), ".")
	cmd.Dir = mod
	cmd.Env = append(os.Environ(), "GOTOOLCHAIN=local", "GOFLAGS=-buildvcs=false -mod=vendor")
	out, err := cmd.CombinedOutput()
	if err != nil {
		t.Fatalf("go vet: %v\n%s", err, out)
	}
	m := regexp.MustCompile(`(?m)^WORK=(.*)$`).FindSubmatch(out)
	if m == nil {
		t.Fatalf("go vet -work printed no WORK directory:\n%s", out)
	}
	work := string(m[1])
	t.Cleanup(func() { os.RemoveAll(work) })

	cfgs, err := filepath.Glob(filepath.Join(work, "*", "vet.cfg"))
	if err != nil {
		t.Fatal(err)
	}
	handled := map[string]bool{}
	std := 0
	for _, cfgFile := range cfgs {
		data, err := os.ReadFile(cfgFile)
		if err != nil {
			t.Fatal(err)
		}
		var u vetUnit
		if err := json.Unmarshal(data, &u); err != nil {
			t.Fatalf("%s: %v", cfgFile, err)
		}
		if !u.VetxOnly {
			continue
		}
		want, err := os.ReadFile(u.VetxOutput)
		if err != nil {
			t.Fatalf("%s: the reference result: %v", u.ID, err)
		}
		wantFacts := binary.LittleEndian.Uint32(want[8:12])
		d, err := u.dependency()
		if err != nil {
			t.Fatalf("%s: %v", u.ID, err)
		}
		free := analyzers.FactFree(d)
		if free && wantFacts != 0 {
			t.Errorf("%s: FactFree, but the analyzers exported %d bytes of facts", u.ID, wantFacts)
		}

		// The same unit, its result written elsewhere.
		dir := t.TempDir()
		u.VetxOutput = filepath.Join(dir, "vet.out")
		u.Stdout = filepath.Join(dir, "vet.stdout")
		mine, err := json.Marshal(u)
		if err != nil {
			t.Fatal(err)
		}
		cfgCopy := filepath.Join(dir, "vet.cfg")
		writeFile(t, cfgCopy, string(mine))
		handled[u.ImportPath] = exportTypesOnly(readVetUnit(cfgCopy))
		got, err := os.ReadFile(u.VetxOutput)
		switch {
		case free != handled[u.ImportPath]:
			t.Errorf("%s: FactFree %v, but exportTypesOnly handled it: %v", u.ID, free, handled[u.ImportPath])
		case !free:
			if err == nil {
				t.Errorf("%s: exportTypesOnly declined the unit but wrote a result", u.ID)
			}
		case err != nil:
			t.Fatal(err)
		case !bytes.Equal(got, want):
			t.Errorf("%s: exportTypesOnly wrote %d bytes, unitchecker %d; they differ", u.ID, len(got), len(want))
		}
		if _, err := os.Stat(u.Stdout); free && err != nil {
			t.Errorf("%s: no stdout file: %v", u.ID, err)
		}
		if strings.HasPrefix(u.GoFiles[0], build.Default.GOROOT) {
			std++
		}
	}
	for path, want := range map[string]bool{
		"net/http":               true,
		"example.com/dep/quiet":  true,
		"example.com/dep/client": true,
		"example.com/dep/pool":   false,
		"example.com/dep/serve":  false,
		"example.com/dep/wrap":   false,
	} {
		if got, ok := handled[path]; !ok || got != want {
			t.Errorf("%s: handled %v (a dependency: %v), want %v", path, got, ok, want)
		}
	}
	if std < 50 {
		t.Errorf("compared %d standard library units; net/http alone has more dependencies", std)
	}
}

// TestExportTypesOnlyDeclines checks that exportTypesOnly leaves to
// unitchecker the units it must not or cannot handle.
func TestExportTypesOnlyDeclines(t *testing.T) {
	dir := t.TempDir()
	stdFile := filepath.Join(build.Default.GOROOT, "src", "errors", "wrap.go") // imports internal/reflectlite
	imports := map[string]string{"internal/reflectlite": "internal/reflectlite"}
	for name, u := range map[string]vetUnit{
		"checked, not only for facts": {ImportPath: "errors", GoFiles: []string{stdFile}, VetxOutput: filepath.Join(dir, "a.out")},
		"the user's own code":         {ImportPath: "example.com/m", GoFiles: []string{filepath.Join(dir, "m.go")}, VetxOnly: true, VetxOutput: filepath.Join(dir, "b.out")},
		"no files":                    {ImportPath: "errors", VetxOnly: true, VetxOutput: filepath.Join(dir, "c.out")},
		"an import without a result":  {ImportPath: "errors", GoFiles: []string{stdFile}, ImportMap: imports, VetxOnly: true, VetxOutput: filepath.Join(dir, "d.out")},
	} {
		data, err := json.Marshal(u)
		if err != nil {
			t.Fatal(err)
		}
		cfgFile := filepath.Join(dir, "vet.cfg")
		writeFile(t, cfgFile, string(data))
		if exportTypesOnly(readVetUnit(cfgFile)) {
			t.Errorf("%s: exportTypesOnly handled the unit", name)
		}
		if _, err := os.Stat(u.VetxOutput); err == nil {
			t.Errorf("%s: exportTypesOnly wrote a result", name)
		}
	}
	if readVetUnit(filepath.Join(dir, "missing.cfg")) != nil {
		t.Error("readVetUnit read a config file that does not exist")
	}
	if readVetUnit("-V=full") != nil {
		t.Error("readVetUnit read -V=full as a config file")
	}
}

func writeFile(t *testing.T, name, content string) {
	t.Helper()
	if err := os.WriteFile(name, []byte(content), 0o644); err != nil {
		t.Fatal(err)
	}
}
