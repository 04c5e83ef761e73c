package bench

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"golang.org/x/tools/go/analysis/checker"
	"golang.org/x/tools/go/packages"

	"github.com/statecheck/statecheck/analyzers"
)

// shape describes a generated service package.
type shape struct {
	handlers int // net/http handlers, each reaching a global write
	depth    int // helpers between a handler and its write
	stmts    int // statements in each handler, to grow function size
	closures int // handler closures capturing a constructor's variable
	branches int // if/else reslicings of a local buffer in each handler
	appends  int // self-appends to a captured path removed after a temp file
}

// generate writes a service package of the given shape into a fresh
// GOPATH tree and returns the tree's root.
func generate(b *testing.B, s shape) string {
	b.Helper()
	root := b.TempDir()
	dir := filepath.Join(root, "src", "svc")
	if err := os.MkdirAll(dir, 0o755); err != nil {
		b.Fatal(err)
	}
	var src strings.Builder
	src.WriteString("package svc\n\nimport (\n\t\"net/http\"\n\t\"os\"\n\t\"sync\"\n)\n\nvar mu sync.Mutex\n\nvar _ = os.Remove\n\n")
	for h := range s.handlers {
		fmt.Fprintf(&src, "var store%d = map[string]int{}\n\n", h)
		for d := s.depth; d >= 1; d-- {
			fmt.Fprintf(&src, "func h%d_%d(m map[string]int, k string, n int) {\n", h, d)
			if d == s.depth {
				src.WriteString("\tmu.Lock()\n\tm[k] = n\n\tmu.Unlock()\n")
			} else {
				fmt.Fprintf(&src, "\th%d_%d(m, k, n+1)\n", h, d+1)
			}
			src.WriteString("}\n\n")
		}
		fmt.Fprintf(&src, "func handler%d(w http.ResponseWriter, r *http.Request) {\n", h)
		src.WriteString("\tlocal := map[string]int{}\n\ttotal := 0\n")
		for i := range s.stmts {
			fmt.Fprintf(&src, "\tif r.URL.Path == %q {\n\t\tlocal[r.URL.Path] = %d\n\t\ttotal += len(local)\n\t}\n", fmt.Sprint(i), i)
		}
		if s.branches > 0 {
			// A loop around a switch whose cases reslice a local
			// buffer: the loop's φ-nodes feed each other through every
			// case, and resolving the final store must not walk every
			// path around the loop.
			src.WriteString("\tbuf := make([]int, 4096)\n\tfor i := 0; i < len(r.URL.Path); i++ {\n\t\tswitch r.URL.Path[i] {\n")
			for i := range s.branches {
				fmt.Fprintf(&src, "\t\tcase %d:\n\t\t\tbuf = buf[%d:]\n", i, i+1)
			}
			src.WriteString("\t\t}\n\t}\n\tbuf[0] = total\n")
		}
		if s.appends > 0 {
			// A captured variable stays a memory cell; each append
			// stores a value loaded from it, and deciding whether the
			// removed path names the temporary file must visit the
			// cell once, not once per path through its stores.
			src.WriteString("\tif f, err := os.CreateTemp(\"\", \"x\"); err == nil {\n\t\tf.Close()\n\t}\n")
			src.WriteString("\tq := r.URL.Path\n\tdefer func() { _ = q }()\n")
			for i := range s.appends {
				fmt.Fprintf(&src, "\tq += q + \"/%d\"\n", i)
			}
			src.WriteString("\tos.Remove(q)\n")
		}
		src.WriteString("\t_, _ = local, total\n")
		if s.depth > 0 {
			fmt.Fprintf(&src, "\th%d_1(store%d, r.URL.Path, total)\n", h, h)
		}
		src.WriteString("}\n\n")
	}
	for c := range s.closures {
		fmt.Fprintf(&src, "func counter%d() http.HandlerFunc {\n\thits := 0\n\treturn func(w http.ResponseWriter, r *http.Request) { hits++ }\n}\n\n", c)
	}
	if err := os.WriteFile(filepath.Join(dir, "svc.go"), []byte(src.String()), 0o644); err != nil {
		b.Fatal(err)
	}
	return root
}

func load(b *testing.B, root string) []*packages.Package {
	b.Helper()
	cfg := &packages.Config{
		Mode: packages.LoadAllSyntax,
		Dir:  root,
		Env:  append(os.Environ(), "GOPATH="+root, "GO111MODULE=off", "GOFLAGS=", "GOWORK=off"),
	}
	pkgs, err := packages.Load(cfg, "svc")
	if err != nil {
		b.Fatal(err)
	}
	if packages.PrintErrors(pkgs) > 0 {
		b.Fatal("generated package does not type-check")
	}
	return pkgs
}

// benchmark times the whole suite on the generated package and checks
// that it finds every write, so a benchmark cannot pass by finding
// nothing.
func benchmark(b *testing.B, s shape) {
	pkgs := load(b, generate(b, s))
	b.ResetTimer()
	for b.Loop() {
		graph, err := checker.Analyze(analyzers.All(), pkgs, nil)
		if err != nil {
			b.Fatal(err)
		}
		found := 0
		for act := range graph.All() {
			if act.IsRoot && act.Package.PkgPath == "svc" {
				found += len(act.Diagnostics)
			}
		}
		if want := s.handlers + s.closures; found < want {
			b.Fatalf("found %d findings, want at least %d", found, want)
		}
	}
}

func BenchmarkManyHandlers(b *testing.B) {
	benchmark(b, shape{handlers: 400, depth: 1, stmts: 2})
}

func BenchmarkDeepChains(b *testing.B) {
	benchmark(b, shape{handlers: 20, depth: 40, stmts: 1})
}

func BenchmarkLargeFunctions(b *testing.B) {
	benchmark(b, shape{handlers: 10, depth: 1, stmts: 800})
}

// BenchmarkBranchyLoops resolves stores through loops of φ-nodes with
// many edges, as in hand-written scanners and parsers.
func BenchmarkBranchyLoops(b *testing.B) {
	benchmark(b, shape{handlers: 20, depth: 1, stmts: 1, branches: 12})
}

// BenchmarkSelfAppendedCells decides the fate of temporary files through
// captured variables built by appending to themselves.
func BenchmarkSelfAppendedCells(b *testing.B) {
	benchmark(b, shape{handlers: 20, depth: 1, stmts: 1, appends: 30})
}

func BenchmarkClosures(b *testing.B) {
	benchmark(b, shape{handlers: 1, depth: 1, closures: 400})
}
