package astindex_test

import (
	"go/ast"
	"go/parser"
	"go/token"
	"go/types"
	"testing"

	"github.com/statecheck/statecheck/analyzers/internal/astindex"
)

const pkgPath = "example.com/cfg"

const src = `package cfg

type Options struct {
	Addr    string
	Retries int
	Storage any
}

type Store struct{}

func NewStore(o *Options) *Store { return &Store{} }

func (s *Store) Close() {}

var defaults = Options{Addr: "localhost:6379"}

var changed = Options{Addr: "a"}

func init() { changed = Options{Addr: "b"} }

func build() *Store {
	opts := &Options{Retries: 3}
	opts.Storage = nil
	return NewStore(opts)
}

func retries(o *Options) int { return o.Retries }

func loop(xs []int) int {
	last := 0
	for _, last = range xs {
	}
	return last
}

const (
	debug = true
	name  = "store"
)

func flags() (bool, string) { return debug, name }
`

// testSrc reassigns defaults; the index must not see it, since test files
// do not configure the program.
const testSrc = `package cfg

func reset() { defaults = Options{} }
`

// load parses and type-checks the package, test file included.
func load(t *testing.T) (*token.FileSet, []*ast.File, *types.Info) {
	t.Helper()
	fset := token.NewFileSet()
	var files []*ast.File
	for _, f := range []struct{ name, src string }{{"cfg.go", src}, {"cfg_test.go", testSrc}} {
		file, err := parser.ParseFile(fset, f.name, f.src, 0)
		if err != nil {
			t.Fatal(err)
		}
		files = append(files, file)
	}
	info := &types.Info{
		Types:      map[ast.Expr]types.TypeAndValue{},
		Defs:       map[*ast.Ident]types.Object{},
		Uses:       map[*ast.Ident]types.Object{},
		Selections: map[*ast.SelectorExpr]*types.Selection{},
	}
	if _, err := new(types.Config).Check(pkgPath, fset, files, info); err != nil {
		t.Fatal(err)
	}
	return fset, files, info
}

// find returns the first node of files, in source order, of type T that
// satisfies ok.
func find[T ast.Node](t *testing.T, files []*ast.File, ok func(T) bool) T {
	t.Helper()
	var found T
	var done bool
	for _, f := range files {
		ast.Inspect(f, func(n ast.Node) bool {
			if x, is := n.(T); is && !done && ok(x) {
				found, done = x, true
			}
			return !done
		})
	}
	if !done {
		t.Fatalf("no %T found", found)
	}
	return found
}

// ident returns the first use of the identifier called name.
func ident(t *testing.T, files []*ast.File, info *types.Info, name string) *ast.Ident {
	t.Helper()
	return find(t, files, func(id *ast.Ident) bool { return id.Name == name && info.Uses[id] != nil })
}

// TestFollowsVariables asserts that a variable stored once is followed to
// its literal, one stored twice is not, and test files do not count.
func TestFollowsVariables(t *testing.T) {
	fset, files, info := load(t)
	ix := astindex.New(fset, files, info, astindex.Options{})

	if got := len(ix.Files()); got != 1 {
		t.Errorf("Files() = %d files, want the one non-test file", got)
	}

	defaults := find(t, files, func(id *ast.Ident) bool { return id.Name == "defaults" && info.Defs[id] != nil })
	lit, v := ix.CompositeLit(defaults)
	if lit == nil || v == nil || v.Name() != "defaults" {
		t.Fatalf("CompositeLit(defaults) = %v, %v; want the literal and the variable", lit, v)
	}
	if s, ok := ix.ConstString(astindex.LitField(lit, "Addr")); !ok || s != "localhost:6379" {
		t.Errorf("Addr = %q, %v; want localhost:6379", s, ok)
	}
	if astindex.LitField(lit, "Retries") != nil {
		t.Error("LitField(Retries) found a field the literal does not set")
	}

	if got := ix.Single(ident(t, files, info, "changed")); got != nil {
		t.Errorf("Single(changed) = %v; want nil for a variable stored twice", got)
	}

	call := find(t, files, func(c *ast.CallExpr) bool {
		id, ok := c.Fun.(*ast.Ident)
		return ok && id.Name == "NewStore"
	})
	lit, v = ix.CompositeLit(call.Args[0])
	if lit == nil || v == nil || v.Name() != "opts" {
		t.Fatalf("CompositeLit(opts) = %v, %v; want &Options{…} through opts", lit, v)
	}
	if !ix.StoresField(v, "Storage") || ix.StoresField(v, "Addr") {
		t.Error("StoresField: want Storage stored through opts and Addr not")
	}
	storage := find(t, files, func(as *ast.AssignStmt) bool {
		_, sel := as.Lhs[0].(*ast.SelectorExpr)
		return sel && as.Tok == token.ASSIGN
	})
	if !ix.IsNil(storage.Rhs[0]) || ix.IsNil(call.Args[0]) {
		t.Error("IsNil: want true for nil only")
	}

	if d := ix.EnclosingDecl(call.Pos()); d == nil || d.Name.Name != "build" {
		t.Errorf("EnclosingDecl = %v; want build", d)
	}
	if b := ix.EnclosingBody(call.Pos()); b == nil || b != ix.EnclosingDecl(call.Pos()).Body {
		t.Error("EnclosingBody: want the body of build")
	}
	if ix.EnclosingBody(defaults.Pos()) != nil {
		t.Error("EnclosingBody found a body around a package-level variable")
	}

	if d, ok := ix.ConstBool(ident(t, files, info, "debug")); !ok || !d {
		t.Errorf("ConstBool(debug) = %v, %v; want true", d, ok)
	}
	if s, ok := ix.ConstString(ident(t, files, info, "name")); !ok || s != "store" {
		t.Errorf("ConstString(name) = %q, %v; want store", s, ok)
	}
	if _, ok := ix.ConstBool(ident(t, files, info, "name")); ok {
		t.Error("ConstBool accepted a string")
	}
}

// TestPredicates asserts that the function, method and type predicates
// match on package and name, and tell functions from methods.
func TestPredicates(t *testing.T) {
	fset, files, info := load(t)
	ix := astindex.New(fset, files, info, astindex.Options{})
	pkgs := []string{"other.example/x", pkgPath}

	call := find(t, files, func(c *ast.CallExpr) bool {
		id, ok := c.Fun.(*ast.Ident)
		return ok && id.Name == "NewStore"
	})
	fn := ix.Callee(call)
	if !astindex.IsFunc(fn, pkgs, "Open", "NewStore") {
		t.Error("IsFunc(NewStore) = false")
	}
	if astindex.IsFunc(fn, []string{"other.example/x"}, "NewStore") || astindex.IsMethod(fn, pkgs, "NewStore") {
		t.Error("NewStore matched another package, or as a method")
	}
	if ix.Decl(fn) == nil {
		t.Error("Decl(NewStore) = nil")
	}

	closeFn := info.Defs[find(t, files, func(d *ast.FuncDecl) bool { return d.Name.Name == "Close" }).Name].(*types.Func)
	if !astindex.IsMethod(closeFn, pkgs, "Close") || !astindex.IsMethodOf(closeFn, pkgs, "Store", "Close") {
		t.Error("IsMethod/IsMethodOf(Close) = false")
	}
	if astindex.IsMethodOf(closeFn, pkgs, "Options", "Close") || astindex.IsFunc(closeFn, pkgs, "Close") {
		t.Error("Close matched another receiver, or as a function")
	}

	result := info.TypeOf(call)
	if !astindex.IsNamed(result, pkgs, "Store") {
		t.Error("IsNamed(*Store, Store) = false")
	}
	if astindex.IsNamed(result, pkgs, "Options") || astindex.IsNamed(result, []string{"other.example/x"}, "Store") {
		t.Error("IsNamed matched another name or package")
	}
	if got := astindex.NamedName(result); got != "Store" {
		t.Errorf("NamedName(*Store) = %q", got)
	}
	if got := astindex.NamedName(types.Typ[types.Int]); got != "" {
		t.Errorf("NamedName(int) = %q", got)
	}
}

// TestOptions asserts that range statements and struct literals count as
// stores only when asked, since each makes more values ambiguous.
func TestOptions(t *testing.T) {
	fset, files, info := load(t)
	last := find(t, files, func(r *ast.ReturnStmt) bool {
		id, ok := r.Results[0].(*ast.Ident)
		return ok && id.Name == "last"
	}).Results[0]
	field := find(t, files, func(s *ast.SelectorExpr) bool { return s.Sel.Name == "Retries" })

	plain := astindex.New(fset, files, info, astindex.Options{})
	if v, ok := plain.Single(last).(*ast.BasicLit); !ok || v.Value != "0" {
		t.Errorf("without RangeStores, Single(last) = %v; want 0", plain.Single(last))
	}
	if plain.LocalValue(last) == nil {
		t.Error("LocalValue(last) = nil; want 0")
	}
	if got := plain.Single(field); got != nil {
		t.Errorf("without LiteralFields, Single(o.Retries) = %v; want nil", got)
	}

	all := astindex.New(fset, files, info, astindex.Options{RangeStores: true, LiteralFields: true})
	if got := all.Single(last); got != nil {
		t.Errorf("with RangeStores, Single(last) = %v; want nil", got)
	}
	if v, ok := all.Single(field).(*ast.BasicLit); !ok || v.Value != "3" {
		t.Errorf("with LiteralFields, Single(o.Retries) = %v; want 3", all.Single(field))
	}
	if all.LocalValue(field) != nil {
		t.Error("LocalValue followed a field")
	}
}
