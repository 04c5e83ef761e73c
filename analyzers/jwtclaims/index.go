package jwtclaims

import (
	"go/ast"
	"go/token"
	"go/types"
	"strings"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/types/typeutil"
)

// The libraries whose tokens the analyzer understands.
const (
	jwtV4  = "github.com/golang-jwt/jwt/v4"
	jwtV5  = "github.com/golang-jwt/jwt/v5"
	jwxJWT = "github.com/lestrrat-go/jwx/v2/jwt"
)

// isGolangJWT reports whether path is a golang-jwt major version the
// analyzer knows.
func isGolangJWT(path string) bool { return path == jwtV4 || path == jwtV5 }

// index is what every rule needs to know about the package: the function
// declarations by object, and every value stored into each variable or
// field, so that a name can be followed back to the expression that made
// it. Test files are left out: tokens minted or parsed in tests are
// fixtures, not what the service does.
type index struct {
	pass   *analysis.Pass
	files  []*ast.File
	decls  map[*types.Func]*ast.FuncDecl
	values map[types.Object][]ast.Expr // nil entries stand for values that cannot be followed
}

func newIndex(pass *analysis.Pass) *index {
	ix := &index{pass: pass, decls: map[*types.Func]*ast.FuncDecl{}, values: map[types.Object][]ast.Expr{}}
	for _, f := range pass.Files {
		if strings.HasSuffix(pass.Fset.File(f.Pos()).Name(), "_test.go") {
			continue
		}
		ix.files = append(ix.files, f)
		ast.Inspect(f, ix.record)
	}
	return ix
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
	case *ast.RangeStmt:
		ix.store([]ast.Expr{n.Key, n.Value}, nil)
	case *ast.CompositeLit:
		for _, elt := range n.Elts {
			if kv, ok := elt.(*ast.KeyValueExpr); ok {
				if id, ok := kv.Key.(*ast.Ident); ok {
					if f, ok := ix.pass.TypesInfo.Uses[id].(*types.Var); ok && f.IsField() {
						ix.values[f.Origin()] = append(ix.values[f.Origin()], kv.Value)
					}
				}
			}
		}
	}
	return true
}

// store records lhs[i] = rhs[i]; when the counts differ (a call with
// several results), the values cannot be followed.
func (ix *index) store(lhs, rhs []ast.Expr) {
	for i, l := range lhs {
		if l == nil {
			continue
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

// isFunc reports whether fn is the package-level function pkg.name for one
// of pkgs.
func isFunc(fn *types.Func, name string, pkgs ...string) bool {
	if fn == nil || fn.Pkg() == nil || fn.Name() != name {
		return false
	}
	if fn.Signature().Recv() != nil {
		return false
	}
	for _, p := range pkgs {
		if fn.Pkg().Path() == p {
			return true
		}
	}
	return false
}

// isMethod reports whether fn is the method recv.name of a type declared
// in one of pkgs.
func isMethod(fn *types.Func, recv, name string, pkgs ...string) bool {
	if fn == nil || fn.Pkg() == nil || fn.Name() != name || fn.Signature().Recv() == nil {
		return false
	}
	if namedName(fn.Signature().Recv().Type()) != recv {
		return false
	}
	for _, p := range pkgs {
		if fn.Pkg().Path() == p {
			return true
		}
	}
	return false
}

// namedName returns the name of the named type t or *t, or "".
func namedName(t types.Type) string {
	if p, ok := t.(*types.Pointer); ok {
		t = p.Elem()
	}
	if n, ok := types.Unalias(t).(*types.Named); ok {
		return n.Obj().Name()
	}
	return ""
}

// isNamed reports whether t (or *t) is the named type pkg.name for one of
// pkgs.
func isNamed(t types.Type, name string, pkgs ...string) bool {
	if p, ok := t.(*types.Pointer); ok {
		t = p.Elem()
	}
	n, ok := types.Unalias(t).(*types.Named)
	if !ok || n.Obj().Pkg() == nil || n.Obj().Name() != name {
		return false
	}
	for _, p := range pkgs {
		if n.Obj().Pkg().Path() == p {
			return true
		}
	}
	return false
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

// constBool returns the value of e when it is a constant boolean.
func (ix *index) constBool(e ast.Expr) (value, ok bool) {
	tv, found := ix.pass.TypesInfo.Types[e]
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

// enclosingBody returns the body of the function declaration in files that
// contains pos, or nil.
func (ix *index) enclosingBody(pos token.Pos) *ast.BlockStmt {
	for _, d := range ix.decls {
		if d.Body.Pos() <= pos && pos < d.Body.End() {
			return d.Body
		}
	}
	return nil
}

// localValue follows a local variable to the one value it is given inside
// body, so `exp := time.Now().Add(d)` then `"exp": exp` reads as the call.
func (ix *index) localValue(e ast.Expr) ast.Expr {
	id, ok := ast.Unparen(e).(*ast.Ident)
	if !ok {
		return nil
	}
	v, ok := ix.pass.TypesInfo.Uses[id].(*types.Var)
	if !ok || v.IsField() || v.Parent() == nil || v.Parent() == v.Pkg().Scope() {
		return nil
	}
	return ix.single(id)
}
