package failure_test

import (
	"errors"
	"fmt"
	"go/ast"
	"go/types"
	"os"
	"path/filepath"
	"reflect"
	"slices"
	"testing"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/analysis/checker"
	"golang.org/x/tools/go/packages"

	"github.com/statecheck/statecheck/internal/failure"
)

// The analyzers of these tests run on testdata/src: package a (functions
// F, Boom, G) and package b, which imports a. Each test makes its own
// analyzers, because Guard wraps them in place.

// funcs calls fn for each function declaration of the package.
func funcs(pass *analysis.Pass, fn func(*ast.FuncDecl)) {
	for _, f := range pass.Files {
		for _, d := range f.Decls {
			if fd, ok := d.(*ast.FuncDecl); ok {
				fn(fd)
			}
		}
	}
}

// lister reports every function; on package a it panics at Boom, inside
// an At, when boom is set.
func lister(name string, boom bool) *analysis.Analyzer {
	return &analysis.Analyzer{
		Name: name,
		Doc:  "report every function",
		Run: func(pass *analysis.Pass) (any, error) {
			funcs(pass, func(fd *ast.FuncDecl) {
				done := failure.At(pass, fd.Pos())
				if boom && pass.Pkg.Path() == "a" && fd.Name.Name == "Boom" {
					panic("boom")
				}
				pass.Reportf(fd.Name.Pos(), "%s: %s", name, fd.Name.Name)
				done()
			})
			return nil, nil
		},
	}
}

type marked struct{}

func (*marked) AFact() {}

type pkgMarked struct{}

func (*pkgMarked) AFact() {}

// engineResult is what the engine found: the facts it saw on functions of
// this package (its own, as it exports them) and of imported ones.
type engineResult struct{ own, imported int }

// engine marks every function with a fact and counts the facts it sees;
// on package a it fails after all that when fail is set.
func engine(fail error, panics bool) *analysis.Analyzer {
	return &analysis.Analyzer{
		Name:       "engine",
		Doc:        "mark every function",
		FactTypes:  []analysis.Fact{new(marked), new(pkgMarked)},
		ResultType: reflect.TypeFor[*engineResult](),
		Run: func(pass *analysis.Pass) (any, error) {
			res := &engineResult{}
			funcs(pass, func(fd *ast.FuncDecl) {
				pass.ExportObjectFact(pass.TypesInfo.Defs[fd.Name], new(marked))
			})
			pass.ExportPackageFact(new(pkgMarked))
			funcs(pass, func(fd *ast.FuncDecl) {
				if pass.ImportObjectFact(pass.TypesInfo.Defs[fd.Name], new(marked)) {
					res.own++
				}
			})
			if !pass.ImportPackageFact(pass.Pkg, new(pkgMarked)) {
				return nil, errors.New("own package fact not visible")
			}
			for _, f := range pass.AllObjectFacts() {
				if f.Object.Pkg() != pass.Pkg {
					res.imported++
				}
			}
			if pass.Pkg.Path() == "a" {
				if panics {
					panic("engine boom")
				}
				if fail != nil {
					return nil, fail
				}
			}
			return res, nil
		},
	}
}

// user reports what the engine found.
func user(eng *analysis.Analyzer) *analysis.Analyzer {
	return &analysis.Analyzer{
		Name:     "user",
		Doc:      "report what the engine found",
		Requires: []*analysis.Analyzer{eng},
		Run: func(pass *analysis.Pass) (any, error) {
			res := pass.ResultOf[eng].(*engineResult)
			pass.Reportf(pass.Files[0].Name.Pos(), "user: %d own, %d imported", res.own, res.imported)
			return nil, nil
		},
	}
}

// analyze runs the roots on the packages and returns the root actions'
// diagnostics as "pkg: file:line: message", sorted, failing the test on
// any action's error.
func analyze(t *testing.T, roots []*analysis.Analyzer, patterns ...string) []string {
	t.Helper()
	dir, err := filepath.Abs("testdata")
	if err != nil {
		t.Fatal(err)
	}
	cfg := &packages.Config{
		Mode: packages.LoadAllSyntax,
		Dir:  dir,
		Env:  append(os.Environ(), "GOPATH="+dir, "GO111MODULE=off", "GOFLAGS=", "GOWORK=off"),
	}
	pkgs, err := packages.Load(cfg, patterns...)
	if err != nil {
		t.Fatal(err)
	}
	graph, err := checker.Analyze(roots, pkgs, &checker.Options{Sequential: true})
	if err != nil {
		t.Fatal(err)
	}
	var out []string
	for act := range graph.All() {
		if act.Err != nil {
			t.Errorf("%s: %v", act, act.Err)
		}
		if !act.IsRoot {
			continue
		}
		for _, d := range act.Diagnostics {
			p := act.Package.Fset.Position(d.Pos)
			out = append(out, fmt.Sprintf("%s: %s:%d: %s", act.Package.PkgPath, filepath.Base(p.Filename), p.Line, d.Message))
		}
	}
	slices.Sort(out)
	return out
}

func check(t *testing.T, got, want []string) {
	t.Helper()
	if !slices.Equal(got, want) {
		t.Errorf("diagnostics:\n\t%s\nwant:\n\t%s", join(got), join(want))
	}
}

func join(s []string) string {
	out := ""
	for i, x := range s {
		if i > 0 {
			out += "\n\t"
		}
		out += x
	}
	return out
}

// A check that panics on a loses its findings on a, even those reported
// before the panic, and nothing else; the failure is reported once on a,
// at the function it was working on, and carried to b, at the import.
func TestCheckPanic(t *testing.T) {
	boom, other := lister("boom", true), lister("other", false)
	failure.Guard([]*analysis.Analyzer{boom, other}, failure.Options{Stderr: new(discard)})
	roots := []*analysis.Analyzer{boom, other}
	roots = append(roots, failure.Reporter(roots, true, true))
	check(t, analyze(t, roots, "a", "b"), []string{
		"a: a.go:3: other: F",
		"a: a.go:5: analyzer boom failed on package a: panic at a.go:5: boom",
		"a: a.go:5: other: Boom",
		"a: a.go:7: other: G",
		"b: b.go:3: analyzer boom failed on package a: panic at a.go:5: boom",
		"b: b.go:5: boom: H",
		"b: b.go:5: other: H",
	})
}

// With report off on a dependency, as go vet does, the failure is
// reported on the importer only.
func TestDependencyPanic(t *testing.T) {
	boom := lister("boom", true)
	failure.Guard([]*analysis.Analyzer{boom}, failure.Options{Stderr: new(discard)})
	roots := []*analysis.Analyzer{boom}
	roots = append(roots, failure.Reporter(roots, true, true))
	check(t, analyze(t, roots, "b"), []string{
		"b: b.go:3: analyzer boom failed on package a: panic at a.go:5: boom",
		"b: b.go:5: boom: H",
	})
}

// An engine analyzer that panics on a returns the empty result: its
// dependents still run there, and the facts it exported before the panic
// are dropped, so b sees none. Its own facts were visible to it while it
// ran.
func TestEnginePanic(t *testing.T) {
	eng := engine(nil, true)
	u := user(eng)
	var trace discard
	failure.Guard([]*analysis.Analyzer{u}, failure.Options{
		Empty:  map[*analysis.Analyzer]any{eng: &engineResult{}},
		Stderr: &trace,
	})
	roots := []*analysis.Analyzer{u}
	roots = append(roots, failure.Reporter(roots, true, true))
	check(t, analyze(t, roots, "a", "b"), []string{
		"a: a.go:1: analyzer engine failed on package a: panic: engine boom",
		"a: a.go:1: user: 0 own, 0 imported",
		"b: b.go:1: user: 1 own, 0 imported",
		"b: b.go:3: analyzer engine failed on package a: panic: engine boom",
	})
	if trace.n == 0 {
		t.Error("no stack trace written")
	}
}

// Without the panic, b sees a's facts: the test above would notice facts
// that leak from a failed analyzer.
func TestEngineFacts(t *testing.T) {
	eng := engine(nil, false)
	u := user(eng)
	failure.Guard([]*analysis.Analyzer{u}, failure.Options{})
	roots := []*analysis.Analyzer{u}
	roots = append(roots, failure.Reporter(roots, true, true))
	check(t, analyze(t, roots, "a", "b"), []string{
		"a: a.go:1: user: 3 own, 0 imported",
		"b: b.go:1: user: 1 own, 3 imported",
	})
}

// An error is a failure too: the dependents run on the empty result, not
// on "failed prerequisites", and no trace is written.
func TestEngineError(t *testing.T) {
	eng := engine(errors.New("cannot analyze a"), false)
	u := user(eng)
	var trace discard
	failure.Guard([]*analysis.Analyzer{u}, failure.Options{Stderr: &trace})
	roots := []*analysis.Analyzer{u}
	roots = append(roots, failure.Reporter(roots, true, false))
	// The zero *engineResult: user would panic on it, and is guarded.
	check(t, analyze(t, roots, "a"), []string{
		"a: a.go:1: analyzer engine failed on package a: cannot analyze a",
		"a: a.go:1: analyzer user failed on package a: panic: runtime error: invalid memory address or nil pointer dereference",
	})
	if trace.n == 0 {
		t.Error("no stack trace written for user's panic")
	}
}

// A reporter that only exports, on packages analyzed for their facts,
// waits only for the analyzers that run there: those with facts.
func TestReporterRequires(t *testing.T) {
	eng := engine(nil, false)
	u, plain := user(eng), lister("plain", false)
	names := func(r *analysis.Analyzer) []string {
		var out []string
		for _, a := range r.Requires {
			out = append(out, a.Name)
		}
		return out
	}
	roots := []*analysis.Analyzer{u, plain}
	if got := names(failure.Reporter(roots, true, false)); !slices.Equal(got, []string{"user", "plain"}) {
		t.Errorf("reporting reporter requires %v, want user, plain", got)
	}
	if got := names(failure.Reporter(roots, false, true)); !slices.Equal(got, []string{"user"}) {
		t.Errorf("exporting reporter requires %v, want user", got)
	}
}

func TestParseMessage(t *testing.T) {
	f := failure.Failure{Analyzer: "tempfile", Package: "example.com/a", Pos: "a.go:5", Panic: true, Msg: "x: y"}
	a, p, r, ok := failure.ParseMessage(f.String())
	if !ok || a != "tempfile" || p != "example.com/a" || r != "panic at a.go:5: x: y" {
		t.Errorf("ParseMessage(%q) = %q, %q, %q, %v", f.String(), a, p, r, ok)
	}
	if _, _, _, ok := failure.ParseMessage("handler H writes x"); ok {
		t.Error("ParseMessage accepted a finding")
	}
}

// At outside Guard records nothing and does not panic.
func TestAtUnguarded(t *testing.T) {
	pass := &analysis.Pass{Analyzer: &analysis.Analyzer{Name: "x"}, Pkg: types.NewPackage("p", "p")}
	failure.At(pass, 1)()
}

type discard struct{ n int }

func (d *discard) Write(p []byte) (int, error) { d.n += len(p); return len(p), nil }
