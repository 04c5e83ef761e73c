package sessionstore

import (
	"go/ast"
	"go/token"
	"go/types"
	"slices"
	"strings"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/types/typeutil"
)

// index is what the rules need to know about the package beyond one call:
// the function declarations by object, every value stored into each
// variable or field (to follow a configuration variable to its literal),
// and the field names stored through each variable (cfg.Storage = …).
// Test files are left out: stores built in tests serve no traffic.
type index struct {
	pass        *analysis.Pass
	files       []*ast.File
	decls       map[*types.Func]*ast.FuncDecl
	values      map[types.Object][]ast.Expr // nil entries stand for values that cannot be followed
	fieldStores map[types.Object]map[string]bool
}

func newIndex(pass *analysis.Pass) *index {
	ix := &index{
		pass:        pass,
		decls:       map[*types.Func]*ast.FuncDecl{},
		values:      map[types.Object][]ast.Expr{},
		fieldStores: map[types.Object]map[string]bool{},
	}
	for _, f := range pass.Files {
		if isTestFile(pass, f) {
			continue
		}
		ix.files = append(ix.files, f)
		ast.Inspect(f, ix.record)
	}
	return ix
}

func isTestFile(pass *analysis.Pass, f *ast.File) bool {
	return strings.HasSuffix(pass.Fset.File(f.Pos()).Name(), "_test.go")
}

// record notes the declarations and stores of one node.
func (ix *index) record(n ast.Node) bool {
	switch n := n.(type) {
	case *ast.FuncDecl:
		if fn, ok := ix.pass.TypesInfo.Defs[n.Name].(*types.Func); ok && n.Body != nil {
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
	}
	return true
}

// store records lhs[i] = rhs[i]; when the counts differ (a call with
// several results), the values cannot be followed.
func (ix *index) store(lhs, rhs []ast.Expr) {
	for i, l := range lhs {
		if sel, ok := ast.Unparen(l).(*ast.SelectorExpr); ok {
			if root := ix.objOf(sel.X); root != nil {
				if ix.fieldStores[root] == nil {
					ix.fieldStores[root] = map[string]bool{}
				}
				ix.fieldStores[root][sel.Sel.Name] = true
			}
		}
		o := ix.objOf(l)
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

// objOf returns the variable or field that e names, or nil.
func (ix *index) objOf(e ast.Expr) types.Object {
	info := ix.pass.TypesInfo
	switch e := ast.Unparen(e).(type) {
	case *ast.Ident:
		if v, ok := info.ObjectOf(e).(*types.Var); ok {
			return v.Origin()
		}
	case *ast.SelectorExpr:
		if sel := info.Selections[e]; sel != nil {
			if sel.Kind() == types.FieldVal {
				return sel.Obj().(*types.Var).Origin()
			}
			return nil
		}
		if v, ok := info.Uses[e.Sel].(*types.Var); ok {
			return v
		}
	case *ast.StarExpr:
		return ix.objOf(e.X)
	}
	return nil
}

// single returns the one value ever stored into the variable or field e
// names, or nil when there is none, several, or one that cannot be
// followed.
func (ix *index) single(e ast.Expr) ast.Expr {
	o := ix.objOf(e)
	if o == nil || len(ix.values[o]) != 1 {
		return nil
	}
	return ix.values[o][0]
}

// callee returns the function or method a call invokes, or nil.
func (ix *index) callee(call *ast.CallExpr) *types.Func {
	fn, _ := typeutil.Callee(ix.pass.TypesInfo, call).(*types.Func)
	return fn
}

// constString returns the value of e when it is a constant string.
func (ix *index) constString(e ast.Expr) (string, bool) {
	tv, ok := ix.pass.TypesInfo.Types[e]
	if !ok || tv.Value == nil {
		return "", false
	}
	s := tv.Value.ExactString()
	if len(s) < 2 || s[0] != '"' {
		return "", false
	}
	return strings.Trim(s, `"`), true
}

// isFunc reports whether fn is a package-level function called name in
// one of pkgs.
func isFunc(fn *types.Func, pkgs []string, names ...string) bool {
	return fn != nil && fn.Pkg() != nil && fn.Signature().Recv() == nil &&
		slices.Contains(pkgs, fn.Pkg().Path()) && slices.Contains(names, fn.Name())
}

// isMethodIn reports whether fn is a method called name of any type (or
// interface) declared in one of pkgs.
func isMethodIn(fn *types.Func, pkgs []string, names ...string) bool {
	return fn != nil && fn.Pkg() != nil && fn.Signature().Recv() != nil &&
		slices.Contains(pkgs, fn.Pkg().Path()) && slices.Contains(names, fn.Name())
}

// isNamed reports whether t (or *t) is the named type pkg.name.
func isNamed(t types.Type, pkg, name string) bool {
	if p, ok := t.(*types.Pointer); ok {
		t = p.Elem()
	}
	n, ok := types.Unalias(t).(*types.Named)
	return ok && n.Obj().Pkg() != nil && n.Obj().Pkg().Path() == pkg && n.Obj().Name() == name
}

// compositeLit returns e as a composite literal, looking through & and
// through a variable given exactly one value.
func (ix *index) compositeLit(e ast.Expr) (*ast.CompositeLit, types.Object) {
	e = ast.Unparen(e)
	if u, ok := e.(*ast.UnaryExpr); ok && u.Op == token.AND {
		e = ast.Unparen(u.X)
	}
	if lit, ok := e.(*ast.CompositeLit); ok {
		return lit, nil
	}
	v := ix.single(e)
	if v == nil {
		return nil, nil
	}
	lit, _ := ix.compositeLit(v)
	if lit == nil {
		return nil, nil
	}
	return lit, ix.objOf(e)
}

// litField returns the value of the field called name in a keyed struct
// literal, or nil.
func litField(lit *ast.CompositeLit, name string) ast.Expr {
	for _, elt := range lit.Elts {
		if kv, ok := elt.(*ast.KeyValueExpr); ok {
			if id, ok := kv.Key.(*ast.Ident); ok && id.Name == name {
				return kv.Value
			}
		}
	}
	return nil
}

// isNil reports whether e is the predeclared nil.
func (ix *index) isNil(e ast.Expr) bool {
	id, ok := ast.Unparen(e).(*ast.Ident)
	return ok && ix.pass.TypesInfo.Uses[id] == types.Universe.Lookup("nil")
}

// enclosingDecl returns the function declaration containing pos, or nil.
func (ix *index) enclosingDecl(pos token.Pos) *ast.FuncDecl {
	for _, d := range ix.decls {
		if d.Pos() <= pos && pos < d.End() {
			return d
		}
	}
	return nil
}
