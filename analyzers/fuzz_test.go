package analyzers_test

import (
	"bytes"
	"encoding/gob"
	"flag"
	"fmt"
	"go/ast"
	"go/importer"
	"go/parser"
	"go/token"
	"go/types"
	"os"
	"path/filepath"
	"reflect"
	"slices"
	"strconv"
	"strings"
	"sync"
	"testing"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/analysis/checker"
	"golang.org/x/tools/go/packages"

	"github.com/statecheck/statecheck/analyzers"
)

// engineSeeds are the seed corpus of FuzzEngine. Together they cover every
// construct the generator knows; their choice bytes were picked for that,
// so a change to the generator may need new ones, and
// TestEngineSeedsCoverConstructs names the constructs they then miss.
// The first choice byte picks the layout: 0 one package, 1 a helper
// package, 2 a service package, 3 all three.
var engineSeeds = []struct {
	feat feature
	data []byte
}{
	{featGlobals | featSync | featGetters | featGenerics, []byte{1}},
	{featServer | featConstructor | featSync | featFuncValues, []byte{3, 0}},
	{featClosure | featGo | featJoin | featMux, []byte{1}},
	{featCalls | featFuncValues | featDefer | featPanic | featInit, []byte{3}},
	{featFiles | featControl | featGlobals | featDirectives, []byte{2, 4}},
	{featGlobals | featGo | featCalls, []byte{3}},
	{featServer | featGo | featJoin | featDefer | featFiles, []byte{0}},
	{allFeatures, []byte{3, 1, 2, 0, 1}},
	{featIterators | featGlobals | featControl | featCalls, []byte{1, 53}},
	{featLineDirectives | featInterfaces | featGlobals | featControl, []byte{0, 3}},
	{featIterators | featInterfaces | featLineDirectives | featGlobals | featGo | featControl, []byte{1, 127}},
}

// fullLoad makes FuzzEngine load each program with packages.Load, standard
// library included, as TestFactsDeterministic does. It is faithful but
// costs seconds per input, so by default FuzzEngine type-checks the
// generated packages against one shared load of the standard library and
// TestGeneratedProgramsFindings checks that both ways agree.
var fullLoad = flag.Bool("engine.fullload", false, "FuzzEngine: load every program with packages.Load instead of against a shared standard library")

// FuzzEngine runs the whole suite, with the checker's fact sanity check,
// over generated programs and requires that no analyzer fails or panics
// and that two runs over separate loads agree on every diagnostic and
// fact. Separate loads give different pointer identities, token.Pos
// bases and map iteration orders, which is where nondeterminism hides;
// the build cache and nogo rely on facts being a function of the source.
func FuzzEngine(f *testing.F) {
	if testing.Short() {
		f.Skip("loads net/http from source")
	}
	for _, s := range engineSeeds {
		f.Add(uint32(s.feat), s.data)
	}
	load := loadOnStdlib
	if *fullLoad {
		load = loadWithPackages
	} else {
		// A fuzz worker gives each input ten seconds before it declares the
		// worker deadlocked; loading net/http from source can take longer
		// when workers load at once, so load before the first input.
		loadStdlib(f)
	}
	f.Fuzz(func(t *testing.T, feat uint32, data []byte) {
		if len(data) > 64 {
			// Choices past the first few only reseed decisions the PRNG
			// makes anyway; long inputs would slow the fuzzer for nothing.
			data = data[:64]
		}
		prog, err := generateProgram(feature(feat), data)
		if err != nil {
			t.Fatalf("generator wrote unparsable source: %v", err)
		}
		root := writeProgram(t, prog)
		first := analyzeProgram(t, root, prog, load)
		second := analyzeProgram(t, root, prog, load)
		compareRuns(t, prog, "two runs", first, second)
	})
}

// TestGeneratedProgramsFindings proves that the generated programs are
// not vacuous: for fixed seeds that enable global writes and goroutines,
// the generator guarantees a handler writing a package-level map and a
// handler starting a goroutine, and the suite must report both. Without
// this, a generator that regressed to empty programs would let FuzzEngine
// pass while testing nothing.
//
// The first seed is also loaded with packages.Load, standard library and
// all, and must give what FuzzEngine's cheaper load gives: the shortcut
// must not change what the analyzers see.
func TestGeneratedProgramsFindings(t *testing.T) {
	if testing.Short() {
		t.Skip("loads net/http from source")
	}
	for i, s := range []struct {
		feat feature
		data []byte
	}{
		{allFeatures, []byte{3}},                      // three packages, everything
		{featGlobals | featGo | featCalls, []byte{3}}, // findings across packages
		{featGlobals | featGo, []byte{0}},             // one package
	} {
		t.Run(fmt.Sprintf("%#x/%x", s.feat, s.data), func(t *testing.T) {
			prog, err := generateProgram(s.feat, s.data)
			if err != nil {
				t.Fatal(err)
			}
			root := writeProgram(t, prog)
			run := analyzeProgram(t, root, prog, loadOnStdlib)
			if i == 0 {
				full := analyzeProgram(t, root, prog, loadWithPackages)
				compareRuns(t, prog, "packages.Load and the shared standard library", full, run)
			}
			for _, want := range []string{"globalstate", "handlergo"} {
				if !slices.ContainsFunc(run.diagnostics, func(d string) bool { return strings.HasPrefix(d, want+" ") }) {
					t.Errorf("no %s diagnostic; got:\n%s\nprogram:\n%s", want, strings.Join(run.diagnostics, "\n"), prog.source())
				}
			}
		})
	}
}

// TestEngineSeedsCoverConstructs checks that FuzzEngine's seed corpus
// contains every construct the generator can emit, so that a plain go
// test exercises all of them. It only generates, so it is cheap.
func TestEngineSeedsCoverConstructs(t *testing.T) {
	var made constructSet
	for _, s := range engineSeeds {
		prog, err := generateProgram(s.feat, s.data)
		if err != nil {
			t.Fatal(err)
		}
		made |= prog.made
	}
	if missing := made.missing(); len(missing) > 0 {
		t.Errorf("seed corpus lacks: %s", strings.Join(missing, ", "))
	}
}

// TestGeneratorDeterministic checks that the generator is a function of
// its input: a fuzz failure must reproduce from the corpus file alone.
func TestGeneratorDeterministic(t *testing.T) {
	for i := range 200 {
		feat, data := feature(uint32(i)*0x9e3779b9)&allFeatures, []byte{byte(i), byte(i >> 3), byte(i * 7)}
		a, err := generateProgram(feat, data)
		if err != nil {
			t.Fatalf("%#x/%x: %v", feat, data, err)
		}
		b, err := generateProgram(feat, data)
		if err != nil {
			t.Fatal(err)
		}
		if a.source() != b.source() {
			t.Fatalf("%#x/%x: two generations differ", feat, data)
		}
	}
}

// writeProgram lays the program out as a GOPATH tree and returns its root.
func writeProgram(t testing.TB, prog *genProgram) string {
	t.Helper()
	root := t.TempDir()
	for _, f := range prog.files {
		path := filepath.Join(root, filepath.FromSlash(f.path))
		if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(path, []byte(f.src), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	return root
}

// engineRun is what one run of the suite produced, as sorted text, so
// that two runs compare line by line.
type engineRun struct {
	diagnostics []string // "analyzer position: message"
	facts       []string // "analyzer package: object (position): type value"
}

// A loader loads the generated program laid out under root and returns
// its packages, or fails the test.
type loader func(t testing.TB, root string, prog *genProgram) []*packages.Package

// loadEnv is the environment TestFactsDeterministic loads GOPATH trees in.
func loadEnv(root string) []string {
	return append(os.Environ(), "GOPATH="+root, "GO111MODULE=off", "GOFLAGS=", "GOWORK=off")
}

// loadWithPackages loads the program with packages.Load, as a driver
// would. A package with errors is a generator bug.
func loadWithPackages(t testing.TB, root string, prog *genProgram) []*packages.Package {
	t.Helper()
	cfg := &packages.Config{Mode: packages.LoadAllSyntax, Dir: root, Env: loadEnv(root)}
	pkgs, err := packages.Load(cfg, prog.patterns...)
	if err != nil {
		t.Fatal(err)
	}
	var errs []string
	packages.Visit(pkgs, nil, func(p *packages.Package) {
		for _, e := range p.Errors {
			errs = append(errs, e.Error())
		}
	})
	if len(errs) > 0 {
		t.Fatalf("generated program does not type-check (a generator bug):\n%s\n\n%s", strings.Join(errs, "\n"), prog.source())
	}
	return pkgs
}

// stdlib is the part of the standard library generated programs import,
// loaded once per process with packages.Load in LoadAllSyntax mode.
var stdlib struct {
	once  sync.Once
	pkgs  map[string]*packages.Package // by import path, dependencies included
	fset  *token.FileSet
	sizes types.Sizes
	err   error
}

// loadStdlib loads the standard library for loadOnStdlib, once per
// process.
func loadStdlib(t testing.TB) {
	t.Helper()
	stdlib.once.Do(func() {
		var std []string
		for _, path := range qualifiers {
			if !strings.HasPrefix(path, "app/") {
				std = append(std, path)
			}
		}
		dir, err := os.MkdirTemp("", "fuzzengine")
		if err != nil {
			stdlib.err = err
			return
		}
		defer os.RemoveAll(dir)
		cfg := &packages.Config{Mode: packages.LoadAllSyntax, Dir: dir, Env: loadEnv(dir)}
		pkgs, err := packages.Load(cfg, std...)
		if err != nil {
			stdlib.err = err
			return
		}
		stdlib.pkgs = map[string]*packages.Package{}
		packages.Visit(pkgs, nil, func(p *packages.Package) {
			for _, e := range p.Errors {
				stdlib.err = fmt.Errorf("%s: %v", p.PkgPath, e)
			}
			stdlib.pkgs[p.PkgPath] = p
		})
		stdlib.fset, stdlib.sizes = pkgs[0].Fset, pkgs[0].TypesSizes
	})
	if stdlib.err != nil {
		t.Fatalf("loading the standard library: %v", stdlib.err)
	}
}

// loadOnStdlib parses and type-checks the generated packages afresh, as
// packages.Load would (same parser mode, types.Info and sizes), against
// the shared standard library, and links them into a package graph for
// the checker. Loading net/http from source takes seconds; this takes
// milliseconds, which is what makes fuzzing worthwhile. The generated
// packages get new syntax, objects and positions on every call, so two
// calls still differ in everything the analyzers compute from.
func loadOnStdlib(t testing.TB, root string, prog *genProgram) []*packages.Package {
	t.Helper()
	loadStdlib(t)

	var roots []*packages.Package
	byPath := map[string]*packages.Package{}
	// Files are in layer order, lowest first, so a package's imports are
	// checked before it.
	for i, f := range prog.files {
		filename := filepath.Join(root, filepath.FromSlash(f.path))
		file, err := parser.ParseFile(stdlib.fset, filename, f.src, parser.AllErrors|parser.ParseComments)
		if err != nil {
			t.Fatalf("generated program does not parse (a generator bug): %v\n\n%s", err, prog.source())
		}
		p := &packages.Package{
			ID:              prog.patterns[i],
			Name:            file.Name.Name,
			PkgPath:         prog.patterns[i],
			GoFiles:         []string{filename},
			CompiledGoFiles: []string{filename},
			Syntax:          []*ast.File{file},
			Fset:            stdlib.fset,
			TypesSizes:      stdlib.sizes,
			Imports:         map[string]*packages.Package{},
			TypesInfo: &types.Info{
				Types:        make(map[ast.Expr]types.TypeAndValue),
				Defs:         make(map[*ast.Ident]types.Object),
				Uses:         make(map[*ast.Ident]types.Object),
				Implicits:    make(map[ast.Node]types.Object),
				Instances:    make(map[*ast.Ident]types.Instance),
				Scopes:       make(map[ast.Node]*types.Scope),
				Selections:   make(map[*ast.SelectorExpr]*types.Selection),
				FileVersions: make(map[*ast.File]string),
			},
		}
		for _, spec := range file.Imports {
			path, _ := strconv.Unquote(spec.Path.Value)
			dep := byPath[path]
			if dep == nil {
				dep = stdlib.pkgs[path]
			}
			if dep == nil {
				t.Fatalf("%s imports %s, which is neither generated nor loaded (a generator bug)", p.PkgPath, path)
			}
			p.Imports[path] = dep
		}
		var errs []string
		conf := &types.Config{
			Importer: importerFunc(func(path string) (*types.Package, error) { return p.Imports[path].Types, nil }),
			Sizes:    stdlib.sizes,
			Error:    func(err error) { errs = append(errs, err.Error()) },
		}
		p.Types = types.NewPackage(p.PkgPath, p.Name)
		_ = types.NewChecker(conf, stdlib.fset, p.Types, p.TypesInfo).Files(p.Syntax)
		if len(errs) > 0 {
			t.Fatalf("generated program does not type-check (a generator bug):\n%s\n\n%s", strings.Join(errs, "\n"), prog.source())
		}
		byPath[p.PkgPath] = p
		roots = append(roots, p)
	}
	return roots
}

// analyzeProgram loads the program with load and runs the whole suite
// over it. An analyzer error fails the test.
func analyzeProgram(t testing.TB, root string, prog *genProgram, load loader) engineRun {
	t.Helper()
	pkgs := load(t, root, prog)
	graph, err := checker.Analyze(analyzers.All(), pkgs, &checker.Options{SanityCheck: true})
	if err != nil {
		t.Fatal(err)
	}

	var run engineRun
	fset := pkgs[0].Fset
	posn := func(pos token.Pos) string {
		if !pos.IsValid() {
			return "-"
		}
		p := fset.Position(pos)
		if rel, err := filepath.Rel(root, p.Filename); err == nil && !strings.HasPrefix(rel, "..") {
			p.Filename = filepath.ToSlash(rel)
		}
		return p.String()
	}
	objKey := func(obj types.Object) string {
		return fmt.Sprintf("%s (%s)", types.ObjectString(obj, nil), posn(obj.Pos()))
	}
	for act := range graph.All() {
		if act.Err != nil {
			t.Errorf("%s failed: %v", act, act.Err)
		}
		for _, d := range act.Diagnostics {
			run.diagnostics = append(run.diagnostics, fmt.Sprintf("%s %s: %s", act.Analyzer.Name, posn(d.Pos), d.Message))
		}
		// Every action holds the facts it inherited as well as its own; the
		// key names the action, so each is compared where it was seen.
		where := act.Analyzer.Name + " " + act.Package.PkgPath
		for _, f := range act.AllObjectFacts() {
			run.facts = append(run.facts, fmt.Sprintf("%s: %s: %s", where, objKey(f.Object), factString(t, f.Fact)))
		}
		for _, f := range act.AllPackageFacts() {
			run.facts = append(run.facts, fmt.Sprintf("%s: package %s: %s", where, f.Package.Path(), factString(t, f.Fact)))
		}
	}
	if t.Failed() {
		t.Fatalf("program:\n%s", prog.source())
	}
	slices.Sort(run.diagnostics)
	slices.Sort(run.facts)
	return run
}

// factString formats a fact as another process would see it: through a
// gob round trip, which drops the unexported fields (token.Pos values of
// this load, for instance) that never leave the process.
func factString(t testing.TB, fact analysis.Fact) string {
	var buf bytes.Buffer
	if err := gob.NewEncoder(&buf).Encode(fact); err != nil {
		t.Fatalf("encoding %T: %v", fact, err)
	}
	decoded := reflect.New(reflect.TypeOf(fact).Elem()).Interface()
	if err := gob.NewDecoder(&buf).Decode(decoded); err != nil {
		t.Fatalf("decoding %T: %v", fact, err)
	}
	return fmt.Sprintf("%T %+v", decoded, decoded)
}

// compareRuns fails when two runs disagree, listing the lines that differ.
func compareRuns(t *testing.T, prog *genProgram, what string, a, b engineRun) {
	t.Helper()
	for _, c := range []struct {
		what string
		a, b []string
	}{
		{"diagnostics", a.diagnostics, b.diagnostics},
		{"facts", a.facts, b.facts},
	} {
		if slices.Equal(c.a, c.b) {
			continue
		}
		t.Errorf("%s disagree on %s:\n%s", what, c.what, lineDiff(c.a, c.b))
	}
	if t.Failed() {
		t.Logf("program:\n%s", prog.source())
	}
}

// lineDiff lists the lines only one of two sorted lists holds.
func lineDiff(a, b []string) string {
	var out []string
	i, j := 0, 0
	for i < len(a) || j < len(b) {
		switch {
		case j == len(b) || i < len(a) && a[i] < b[j]:
			out = append(out, "- "+a[i])
			i++
		case i == len(a) || b[j] < a[i]:
			out = append(out, "+ "+b[j])
			j++
		default:
			i, j = i+1, j+1
		}
	}
	return strings.Join(out, "\n")
}

// TestGeneratedProgramsTypeCheck type-checks many generated programs
// against export data, to catch generator bugs without paying for a load
// per program.
func TestGeneratedProgramsTypeCheck(t *testing.T) {
	n := 500
	if testing.Short() {
		n = 100
	}
	std := importer.Default()
	for i := range n {
		feat := feature(uint32(i)*0x9e3779b9) & allFeatures
		data := []byte{byte(i), byte(i >> 2), byte(i >> 4)}
		prog, err := generateProgram(feat, data)
		if err != nil {
			t.Fatalf("%#x/%x: %v", feat, data, err)
		}
		if err := typeCheck(prog, std); err != nil {
			t.Fatalf("%#x/%x: %v\n%s", feat, data, err, prog.source())
		}
	}
}
