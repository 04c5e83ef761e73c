package jwtclaims

import (
	"fmt"
	"go/ast"
	"go/token"
	"go/types"
	"slices"

	"github.com/statecheck/statecheck/analyzers/internal/astindex"
)

// A token is often peeked at in one function and verified in another: a
// helper parses it unverified to read iss or kid, and its caller (or a
// sibling the caller also calls, or another method of the same client
// type) verifies the same raw string with the key that helper chose. To
// tell that from a token that is only ever peeked at, the package's
// verifying parses and each unverified one are traced back, through
// local variables, parameters (to every call site in the package),
// fields, string helpers and the library's own decoding steps, to the
// places the token comes from; they are the same token when those places
// meet. A place is a variable or parameter, a struct field the token is
// stored in or read from, or a function of the package that returns it
// (two calls of the same getter read the same header).

// verifiesFact marks a function of another package that verifies the
// token it is given as one of its parameters (Params, receiver -1), so a
// peek in the caller's package meets the verification behind the call.
type verifiesFact struct {
	Params []int
}

func (*verifiesFact) AFact() {}

func (f *verifiesFact) String() string { return fmt.Sprintf("verifies%v", f.Params) }

// maxPeekHops bounds the walk from a token back to where it comes from:
// a hop is a parameter followed to its call sites or a variable to its
// stores.
const maxPeekHops = 12

// peekIndex is what the walk needs beyond astindex: every value stored in
// each variable (a call with several results counts for each of them),
// the fields and results each variable is stored into, the call sites of
// each function of the package, and the places verified tokens come from.
type peekIndex struct {
	values   map[types.Object][]stored
	forward  map[types.Object][]types.Object
	calls    map[*types.Func][]*ast.CallExpr
	params   map[*types.Var]paramOf
	verified map[types.Object]bool
}

// stored is one value stored in a variable: the expression, and which of
// its results when it has several (a call's, or a comma-ok form's), else 0.
type stored struct {
	expr  ast.Expr
	index int
}

// paramOf places a parameter in its function: index -1 is the receiver.
type paramOf struct {
	fn    *types.Func
	index int
}

// peeks returns the package's peek index, built on first use.
func (c *checker) peeks() *peekIndex {
	if c.peek != nil {
		return c.peek
	}
	p := &peekIndex{
		values:   map[types.Object][]stored{},
		forward:  map[types.Object][]types.Object{},
		calls:    map[*types.Func][]*ast.CallExpr{},
		params:   map[*types.Var]paramOf{},
		verified: map[types.Object]bool{},
	}
	c.peek = p
	info := c.pass.TypesInfo
	var verifying []*ast.CallExpr
	type verifiedCall struct {
		call   *ast.CallExpr
		params []int
	}
	var verifiedArgs []verifiedCall
	for _, f := range c.ix.Files() {
		for _, d := range f.Decls {
			fd, ok := d.(*ast.FuncDecl)
			if !ok || fd.Body == nil {
				continue
			}
			fn, _ := info.Defs[fd.Name].(*types.Func)
			if fn == nil {
				continue
			}
			c.recordParams(fn, fd)
			ast.Inspect(fd, func(n ast.Node) bool {
				switch n := n.(type) {
				case *ast.CallExpr:
					if g := c.ix.Callee(n); g != nil && g.Pkg() == c.pass.Pkg {
						p.calls[g.Origin()] = append(p.calls[g.Origin()], n)
					} else if g != nil && g.Pkg() != nil {
						var f verifiesFact
						if c.pass.ImportObjectFact(g.Origin(), &f) {
							verifiedArgs = append(verifiedArgs, verifiedCall{n, f.Params})
						}
					}
					if c.isVerifyingParse(n) {
						verifying = append(verifying, n)
					}
				case *ast.AssignStmt:
					c.recordStores(n.Lhs, n.Rhs)
				case *ast.ValueSpec:
					lhs := make([]ast.Expr, len(n.Names))
					for i, id := range n.Names {
						lhs[i] = id
					}
					c.recordStores(lhs, n.Values)
				case *ast.CompositeLit:
					for _, elt := range n.Elts {
						if kv, ok := elt.(*ast.KeyValueExpr); ok {
							if id, ok := kv.Key.(*ast.Ident); ok {
								if fld, ok := info.Uses[id].(*types.Var); ok && fld.IsField() {
									c.recordForward(kv.Value, fld.Origin())
								}
							}
						}
					}
				case *ast.ReturnStmt:
					for _, r := range n.Results {
						c.recordForward(r, fn.Origin())
					}
				}
				return true
			})
		}
	}
	for _, call := range verifying {
		seen := map[types.Object]bool{}
		for _, e := range c.tokenOperands(call) {
			c.tokenPlaces(e, maxPeekHops, seen)
		}
		for o := range seen {
			p.verified[o] = true
		}
	}
	for _, vc := range verifiedArgs {
		seen := map[types.Object]bool{}
		for _, i := range vc.params {
			if i < 0 {
				if sel, ok := ast.Unparen(vc.call.Fun).(*ast.SelectorExpr); ok {
					c.tokenPlaces(sel.X, maxPeekHops, seen)
				}
			} else if i < len(vc.call.Args) {
				c.tokenPlaces(vc.call.Args[i], maxPeekHops, seen)
			}
		}
		for o := range seen {
			p.verified[o] = true
		}
	}
	return p
}

// exportVerifies records, for each function of the package that other
// packages can call, the parameters whose token it verifies.
func (c *checker) exportVerifies() {
	p := c.peeks()
	if len(p.verified) == 0 {
		return
	}
	byFn := map[*types.Func][]int{}
	for v, at := range p.params {
		if p.verified[v] && at.fn.Exported() {
			byFn[at.fn] = append(byFn[at.fn], at.index)
		}
	}
	for fn, params := range byFn {
		slices.Sort(params)
		c.pass.ExportObjectFact(fn, &verifiesFact{Params: params})
	}
	c.exportInterfaceVerifies(byFn)
}

// exportInterfaceVerifies marks the methods of the package's interfaces
// whose every implementation in the package verifies the same parameter:
// callers in other packages hold the interface (an App whose
// FindAuthRecordByToken peeks at the token and verifies it), not the
// type behind it. Implementations elsewhere (test doubles, wrappers) are
// not in sight; the package that declares an interface and its one
// implementation is taken at its word.
func (c *checker) exportInterfaceVerifies(byFn map[*types.Func][]int) {
	c.interfaceMethods(func(m *types.Func, impls []*types.Func) {
		common := slices.Clone(byFn[impls[0]])
		for _, impl := range impls[1:] {
			common = slices.DeleteFunc(common, func(i int) bool { return !slices.Contains(byFn[impl], i) })
		}
		if len(common) > 0 {
			c.pass.ExportObjectFact(m, &verifiesFact{Params: common})
		}
	})
}

// interfaceMethods calls f for each method declared by an exported
// interface of the package that some type of the package implements,
// with the implementations (their origins), which are all in sight.
// Generic types are left out.
func (c *checker) interfaceMethods(f func(m *types.Func, impls []*types.Func)) {
	scope := c.pass.Pkg.Scope()
	var named []types.Type
	for _, name := range scope.Names() {
		tn, ok := scope.Lookup(name).(*types.TypeName)
		if !ok || tn.IsAlias() {
			continue
		}
		if n, ok := tn.Type().(*types.Named); ok && n.TypeParams().Len() > 0 {
			continue
		}
		if _, isIface := tn.Type().Underlying().(*types.Interface); !isIface {
			named = append(named, types.NewPointer(tn.Type()))
		}
	}
	for _, name := range scope.Names() {
		tn, ok := scope.Lookup(name).(*types.TypeName)
		if !ok || !tn.Exported() || tn.IsAlias() {
			continue
		}
		iface, ok := tn.Type().Underlying().(*types.Interface)
		if !ok || iface.Empty() {
			continue
		}
		if n, ok := tn.Type().(*types.Named); ok && n.TypeParams().Len() > 0 {
			continue
		}
		var implementing []types.Type
		for _, t := range named {
			if types.Implements(t, iface) {
				implementing = append(implementing, t)
			}
		}
		if len(implementing) == 0 {
			continue
		}
		for m := range iface.ExplicitMethods() {
			var impls []*types.Func
			for _, t := range implementing {
				obj, _, _ := types.LookupFieldOrMethod(t, true, c.pass.Pkg, m.Name())
				if impl, ok := obj.(*types.Func); ok {
					impls = append(impls, impl.Origin())
				}
			}
			if len(impls) > 0 {
				f(m, impls)
			}
		}
	}
}

// recordParams notes the receiver and parameters of a declared function.
func (c *checker) recordParams(fn *types.Func, fd *ast.FuncDecl) {
	sig := fn.Signature()
	if r := sig.Recv(); r != nil {
		c.peek.params[r] = paramOf{fn.Origin(), -1}
	}
	for i := range sig.Params().Len() {
		c.peek.params[sig.Params().At(i)] = paramOf{fn.Origin(), i}
	}
}

// recordStores notes lhs[i] = rhs[i]; a single call assigned to several
// variables counts as the value of each, since the token a parse returns
// sits beside its error.
func (c *checker) recordStores(lhs, rhs []ast.Expr) {
	for i, l := range lhs {
		var v ast.Expr
		index := 0
		switch {
		case len(lhs) == len(rhs):
			v = rhs[i]
		case len(rhs) == 1:
			v, index = rhs[0], i
		default:
			continue
		}
		if o := c.ix.ObjectOf(l); o != nil {
			c.peek.values[o] = append(c.peek.values[o], stored{v, index})
			if sel, ok := ast.Unparen(l).(*ast.SelectorExpr); ok && c.pass.TypesInfo.Selections[sel] != nil {
				c.recordForward(v, o)
			}
		}
	}
}

// recordForward notes that the variable v names (if any) is stored into
// the field or returned by the function to.
func (c *checker) recordForward(v ast.Expr, to types.Object) {
	v = ast.Unparen(v)
	if u, ok := v.(*ast.UnaryExpr); ok && u.Op == token.AND {
		v = ast.Unparen(u.X)
	}
	id, ok := v.(*ast.Ident)
	if !ok {
		return
	}
	if o, ok := c.pass.TypesInfo.Uses[id].(*types.Var); ok && !o.IsField() {
		c.peek.forward[o.Origin()] = append(c.peek.forward[o.Origin()], to)
	}
}

// tokenOperands returns what a parse call may take the token from: its
// receiver and arguments that are text (string, []byte) or go-jose's
// parsed token. Parsers, claims destinations and
// keyfuncs are left out; a key given as bytes leads to places of its own,
// where no token comes from.
func (c *checker) tokenOperands(call *ast.CallExpr) []ast.Expr {
	var ops []ast.Expr
	if sel, ok := ast.Unparen(call.Fun).(*ast.SelectorExpr); ok {
		if s := c.pass.TypesInfo.Selections[sel]; s != nil && s.Kind() == types.MethodVal {
			ops = append(ops, sel.X)
		}
	}
	ops = append(ops, call.Args...)
	return slices.DeleteFunc(ops, func(e ast.Expr) bool { return !c.tokenTyped(e) })
}

// tokenTyped reports whether e can hold a token: text, or go-jose's
// parsed token.
func (c *checker) tokenTyped(e ast.Expr) bool {
	t := c.pass.TypesInfo.TypeOf(e)
	if t == nil {
		return false
	}
	if p, ok := t.Underlying().(*types.Pointer); ok {
		t = p.Elem()
	}
	if astindex.IsNamed(t, jose, "JSONWebToken") || astindex.IsNamed(t, jose, "NestedJSONWebToken") {
		return true
	}
	return textual(t)
}

// tokenPlaces adds to seen the places e's value comes from.
func (c *checker) tokenPlaces(e ast.Expr, hops int, seen map[types.Object]bool) {
	if hops < 0 || e == nil {
		return
	}
	info := c.pass.TypesInfo
	switch x := ast.Unparen(e).(type) {
	case *ast.Ident:
		v, ok := info.Uses[x].(*types.Var)
		if !ok {
			return
		}
		c.varPlaces(v.Origin(), hops, seen)
	case *ast.SelectorExpr:
		if s := info.Selections[x]; s != nil {
			if s.Kind() == types.FieldVal {
				// The field is the place; the struct around it carries
				// other things than the token.
				seen[s.Obj().(*types.Var).Origin()] = true
			}
			return
		}
		if v, ok := info.Uses[x.Sel].(*types.Var); ok {
			seen[v] = true // a package-level variable of another package
		}
	case *ast.StarExpr:
		c.tokenPlaces(x.X, hops, seen)
	case *ast.TypeAssertExpr:
		c.tokenPlaces(x.X, hops, seen) // tok.Extra("id_token").(string)
	case *ast.UnaryExpr:
		if x.Op == token.AND {
			c.tokenPlaces(x.X, hops, seen)
		}
	case *ast.IndexExpr:
		c.tokenPlaces(x.X, hops, seen)
	case *ast.SliceExpr:
		c.tokenPlaces(x.X, hops, seen)
	case *ast.CallExpr:
		if tv, ok := info.Types[x.Fun]; ok && tv.IsType() && len(x.Args) == 1 {
			c.tokenPlaces(x.Args[0], hops, seen) // []byte(raw), string(b)
			return
		}
		fn := c.ix.Callee(x)
		switch {
		case fn == nil || fn.Pkg() == nil:
		case fn.Pkg() == c.pass.Pkg:
			seen[fn.Origin()] = true
		case fn.Pkg().Path() == "strings" || fn.Pkg().Path() == "bytes":
			if len(x.Args) > 0 {
				c.tokenPlaces(x.Args[0], hops, seen) // TrimPrefix, Split, TrimSpace
			}
		case knownPath(fn.Pkg().Path()):
			// The library's own decoding steps (go-jose's ParseSigned,
			// a Parser's ParseUnverified) keep the token they were given.
			for _, op := range c.tokenOperands(x) {
				c.tokenPlaces(op, hops, seen)
			}
		}
	}
}

// varPlaces adds a variable, and the places its values come from: for a
// parameter, the arguments at every call site in the package.
func (c *checker) varPlaces(v *types.Var, hops int, seen map[types.Object]bool) {
	if seen[v] {
		return
	}
	seen[v] = true
	if p, ok := c.peek.params[v]; ok {
		for _, call := range c.peek.calls[p.fn] {
			if p.index < 0 {
				if sel, ok := ast.Unparen(call.Fun).(*ast.SelectorExpr); ok {
					c.tokenPlaces(sel.X, hops-1, seen)
				}
				continue
			}
			if p.index < len(call.Args) && !(call.Ellipsis.IsValid() && p.index == len(call.Args)-1) {
				c.tokenPlaces(call.Args[p.index], hops-1, seen)
			}
		}
		return
	}
	for _, val := range c.peek.values[v] {
		c.tokenPlaces(val.expr, hops-1, seen)
	}
}

// verifiedElsewhere reports whether the tokens an unverified parse reads
// (its operands ops) come from a place a verifying parse of the package also reads from:
// the same variable, a parameter that carries it, a field it is stored
// in, or a function that returns it.
func (c *checker) verifiedElsewhere(ops []ast.Expr) bool {
	p := c.peeks()
	if len(p.verified) == 0 {
		return false
	}
	seen := map[types.Object]bool{}
	for _, e := range ops {
		c.tokenPlaces(e, maxPeekHops, seen)
	}
	// Where the token goes from here: a field it is stored in (a struct
	// that carries the raw token to the verifier) or the function that
	// returns it.
	for o := range seen {
		for _, to := range p.forward[o] {
			seen[to] = true
		}
	}
	for o := range seen {
		if p.verified[o] {
			return true
		}
	}
	return false
}

// isVerifyingParse reports whether call parses a token with verification,
// in any library the analyzer knows.
func (c *checker) isVerifyingParse(call *ast.CallExpr) bool {
	fn := c.ix.Callee(call)
	switch {
	case fn == nil:
		return false
	case pkgPath(fn) == jwxV1 && jwxParsers[fn.Name()] > 0 && fn.Signature().Recv() == nil:
		return c.jwxV1Verifies(call, jwxParsers[fn.Name()])
	case astindex.IsFunc(fn, golangJWT, "Parse", "ParseWithClaims"),
		astindex.IsMethodOf(fn, golangJWT, "Parser", "Parse", "ParseWithClaims"),
		astindex.IsFunc(fn, jwx, "Validate"):
		return true
	case isJWXParse(fn):
		return true
	case astindex.IsMethodOf(fn, jose, "JSONWebToken", "Claims"),
		astindex.IsFunc(fn, katarasJWT, "Verify", "VerifyEncrypted", "VerifyWithHeaderValidator", "VerifyEncryptedWithHeaderValidator"),
		astindex.IsFunc(fn, cristal, "ParseClaims", "ParseAndVerify", "ParseAndVerifyString"),
		astindex.IsFunc(fn, []string{cristalV4, cristalV5}, "Parse"):
		return true
	}
	return false
}
