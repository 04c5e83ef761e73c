// Package astindex indexes a package's syntax so that a rule can follow a
// variable or field back to the expressions stored into it. Rules that read
// configuration literals need this: the literal that configures a store or
// a token parser is often built in one place, kept in a variable or field,
// and handed to the library somewhere else, and a rule looking only at the
// call would see a name where the settings are.
//
// The index is deliberately syntactic and flow-insensitive: every store
// into a variable or field anywhere in the package counts, and a value is
// followed only when exactly one was ever stored, so a rule reads a literal
// only when no other assignment could have replaced it.
package astindex

import (
	"go/ast"
	"go/token"
	"go/types"
	"slices"
	"strings"

	"golang.org/x/tools/go/types/typeutil"
)

// Options choose which syntax, besides assignments and declarations,
// counts as a store. They differ between rules because each extra kind of
// store makes more variables ambiguous, and a rule that never needs it
// would only lose precision.
type Options struct {
	// RangeStores counts the key and value of a range statement as stores
	// that cannot be followed, so a variable a loop reassigns is never
	// read as its initializer.
	RangeStores bool
	// LiteralFields counts each keyed element of a struct literal as a
	// store into that field, so T{Field: v} lets the field be followed to
	// v as cfg.Field = v does.
	LiteralFields bool
}

// Index is what a rule needs to know about the package beyond one call:
// the function declarations by object, every value stored into each
// variable or field, and the field names stored through each variable
// (cfg.Storage = …). Test files are left out: stores, tokens and
// configurations built in tests are fixtures, not what the program does.
type Index struct {
	info        *types.Info
	opts        Options
	files       []*ast.File
	decls       map[*types.Func]*ast.FuncDecl
	values      map[types.Object][]ast.Expr // nil entries stand for values that cannot be followed
	fieldStores map[types.Object]map[string]bool
}

// New indexes the files of one type-checked package, skipping test files.
func New(fset *token.FileSet, files []*ast.File, info *types.Info, opts Options) *Index {
	ix := &Index{
		info:        info,
		opts:        opts,
		decls:       map[*types.Func]*ast.FuncDecl{},
		values:      map[types.Object][]ast.Expr{},
		fieldStores: map[types.Object]map[string]bool{},
	}
	for _, f := range files {
		if IsTestFile(fset, f) {
			continue
		}
		ix.files = append(ix.files, f)
		ast.Inspect(f, ix.record)
	}
	return ix
}

// IsTestFile reports whether f is a _test.go file.
func IsTestFile(fset *token.FileSet, f *ast.File) bool {
	return strings.HasSuffix(fset.File(f.Pos()).Name(), "_test.go")
}

// Files returns the indexed files: the package's files other than tests.
func (ix *Index) Files() []*ast.File { return ix.files }

// Decl returns the declaration, with a body, of a function or method of
// this package, or nil.
func (ix *Index) Decl(fn *types.Func) *ast.FuncDecl { return ix.decls[fn] }

// record notes the declarations and stores of one node.
func (ix *Index) record(n ast.Node) bool {
	switch n := n.(type) {
	case *ast.FuncDecl:
		if fn, ok := ix.info.Defs[n.Name].(*types.Func); ok && n.Body != nil {
			ix.decls[fn] = n
		}
	case *ast.AssignStmt:
		if n.Tok == token.ASSIGN || n.Tok == token.DEFINE {
			ix.store(n.Lhs, n.Rhs)
		}
	case *ast.ValueSpec:
		lhs := make([]ast.Expr, len(n.Names))
		for i, id := range n.Names {
			lhs[i] = id
		}
		ix.store(lhs, n.Values)
	case *ast.RangeStmt:
		if ix.opts.RangeStores {
			ix.store([]ast.Expr{n.Key, n.Value}, nil)
		}
	case *ast.CompositeLit:
		if ix.opts.LiteralFields {
			ix.recordLiteralFields(n)
		}
	}
	return true
}

// recordLiteralFields notes T{Field: v} as a store of v into Field.
func (ix *Index) recordLiteralFields(lit *ast.CompositeLit) {
	for _, elt := range lit.Elts {
		if kv, ok := elt.(*ast.KeyValueExpr); ok {
			if id, ok := kv.Key.(*ast.Ident); ok {
				if f, ok := ix.info.Uses[id].(*types.Var); ok && f.IsField() {
					ix.values[f.Origin()] = append(ix.values[f.Origin()], kv.Value)
				}
			}
		}
	}
}

// store records lhs[i] = rhs[i]; when the counts differ (a call with
// several results), the values cannot be followed. Nil entries of lhs (an
// omitted range key or value) are skipped.
func (ix *Index) store(lhs, rhs []ast.Expr) {
	for i, l := range lhs {
		if l == nil {
			continue
		}
		if sel, ok := ast.Unparen(l).(*ast.SelectorExpr); ok {
			if root := ix.ObjectOf(sel.X); root != nil {
				if ix.fieldStores[root] == nil {
					ix.fieldStores[root] = map[string]bool{}
				}
				ix.fieldStores[root][sel.Sel.Name] = true
			}
		}
		o := ix.ObjectOf(l)
		if o == nil {
			continue
		}
		var v ast.Expr
		if len(lhs) == len(rhs) {
			v = rhs[i]
		}
		ix.values[o] = append(ix.values[o], v)
	}
}

// ObjectOf returns the variable or field that e names, or nil. Fields and
// variables of generic types are returned as their origin, so that stores
// through any instantiation meet.
func (ix *Index) ObjectOf(e ast.Expr) types.Object {
	switch e := ast.Unparen(e).(type) {
	case *ast.Ident:
		if v, ok := ix.info.ObjectOf(e).(*types.Var); ok {
			return v.Origin()
		}
	case *ast.SelectorExpr:
		if sel := ix.info.Selections[e]; sel != nil {
			if sel.Kind() == types.FieldVal {
				return sel.Obj().(*types.Var).Origin()
			}
			return nil
		}
		if v, ok := ix.info.Uses[e.Sel].(*types.Var); ok {
			return v
		}
	case *ast.StarExpr:
		return ix.ObjectOf(e.X)
	}
	return nil
}

// Single returns the one value ever stored into the variable or field e
// names, or nil when there is none, several, or one that cannot be
// followed.
func (ix *Index) Single(e ast.Expr) ast.Expr {
	o := ix.ObjectOf(e)
	if o == nil || len(ix.values[o]) != 1 {
		return nil
	}
	return ix.values[o][0]
}

// LocalValue is Single restricted to a function's local variables, so
// `exp := time.Now().Add(d)` then `"exp": exp` reads as the call while a
// package-level variable, which any code may change, is not followed.
func (ix *Index) LocalValue(e ast.Expr) ast.Expr {
	id, ok := ast.Unparen(e).(*ast.Ident)
	if !ok {
		return nil
	}
	v, ok := ix.info.Uses[id].(*types.Var)
	if !ok || v.IsField() || v.Parent() == nil || v.Parent() == v.Pkg().Scope() {
		return nil
	}
	return ix.Single(id)
}

// StoresField reports whether some assignment stores into the field name
// through the variable or field root (root.name = …): a setting given
// after the literal was built.
func (ix *Index) StoresField(root types.Object, name string) bool {
	return ix.fieldStores[root][name]
}

// CompositeLit returns e as a composite literal, looking through & and
// through a variable given exactly one value; the variable, when one was
// followed, is returned with it.
func (ix *Index) CompositeLit(e ast.Expr) (*ast.CompositeLit, types.Object) {
	e = ast.Unparen(e)
	if u, ok := e.(*ast.UnaryExpr); ok && u.Op == token.AND {
		e = ast.Unparen(u.X)
	}
	if lit, ok := e.(*ast.CompositeLit); ok {
		return lit, nil
	}
	v := ix.Single(e)
	if v == nil {
		return nil, nil
	}
	lit, _ := ix.CompositeLit(v)
	if lit == nil {
		return nil, nil
	}
	return lit, ix.ObjectOf(e)
}

// LitField returns the value of the field called name in a keyed struct
// literal, or nil.
func LitField(lit *ast.CompositeLit, name string) ast.Expr {
	for _, elt := range lit.Elts {
		if kv, ok := elt.(*ast.KeyValueExpr); ok {
			if id, ok := kv.Key.(*ast.Ident); ok && id.Name == name {
				return kv.Value
			}
		}
	}
	return nil
}

// Callee returns the function or method a call invokes, or nil.
func (ix *Index) Callee(call *ast.CallExpr) *types.Func {
	fn, _ := typeutil.Callee(ix.info, call).(*types.Func)
	return fn
}

// ConstString returns the value of e when it is a constant string.
func (ix *Index) ConstString(e ast.Expr) (string, bool) {
	tv, ok := ix.info.Types[e]
	if !ok || tv.Value == nil {
		return "", false
	}
	s := tv.Value.ExactString()
	if len(s) < 2 || s[0] != '"' {
		return "", false
	}
	return strings.Trim(s, `"`), true
}

// ConstBool returns the value of e when it is a constant boolean.
func (ix *Index) ConstBool(e ast.Expr) (value, ok bool) {
	tv, found := ix.info.Types[e]
	if !found || tv.Value == nil {
		return false, false
	}
	switch tv.Value.ExactString() {
	case "true":
		return true, true
	case "false":
		return false, true
	}
	return false, false
}

// IsNil reports whether e is the predeclared nil.
func (ix *Index) IsNil(e ast.Expr) bool {
	id, ok := ast.Unparen(e).(*ast.Ident)
	return ok && ix.info.Uses[id] == types.Universe.Lookup("nil")
}

// EnclosingDecl returns the function declaration containing pos, or nil.
func (ix *Index) EnclosingDecl(pos token.Pos) *ast.FuncDecl {
	for _, d := range ix.decls {
		if d.Pos() <= pos && pos < d.End() {
			return d
		}
	}
	return nil
}

// EnclosingBody returns the body of the function declaration containing
// pos, or nil when pos lies outside every body (in a signature, say).
func (ix *Index) EnclosingBody(pos token.Pos) *ast.BlockStmt {
	d := ix.EnclosingDecl(pos)
	if d == nil || pos < d.Body.Pos() || pos >= d.Body.End() {
		return nil
	}
	return d.Body
}

// IsFunc reports whether fn is a package-level function called one of
// names in one of pkgs.
func IsFunc(fn *types.Func, pkgs []string, names ...string) bool {
	return fn != nil && fn.Pkg() != nil && fn.Signature().Recv() == nil &&
		slices.Contains(pkgs, fn.Pkg().Path()) && slices.Contains(names, fn.Name())
}

// IsMethod reports whether fn is a method called one of names of any type
// (or interface) declared in one of pkgs.
func IsMethod(fn *types.Func, pkgs []string, names ...string) bool {
	return fn != nil && fn.Pkg() != nil && fn.Signature().Recv() != nil &&
		slices.Contains(pkgs, fn.Pkg().Path()) && slices.Contains(names, fn.Name())
}

// IsMethodOf reports whether fn is the method recv.name, for one of names,
// of a type declared in one of pkgs; the receiver may be recv or *recv.
func IsMethodOf(fn *types.Func, pkgs []string, recv string, names ...string) bool {
	return IsMethod(fn, pkgs, names...) && NamedName(fn.Signature().Recv().Type()) == recv
}

// IsNamed reports whether t (or *t) is the named type name declared in one
// of pkgs.
func IsNamed(t types.Type, pkgs []string, name string) bool {
	if p, ok := t.(*types.Pointer); ok {
		t = p.Elem()
	}
	n, ok := types.Unalias(t).(*types.Named)
	return ok && n.Obj().Pkg() != nil && n.Obj().Name() == name && slices.Contains(pkgs, n.Obj().Pkg().Path())
}

// NamedName returns the name of the named type t or *t, or "".
func NamedName(t types.Type) string {
	if p, ok := t.(*types.Pointer); ok {
		t = p.Elem()
	}
	if n, ok := types.Unalias(t).(*types.Named); ok {
		return n.Obj().Name()
	}
	return ""
}
