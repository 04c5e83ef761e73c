package jwtclaims

import (
	"fmt"
	"go/ast"
	"go/token"
	"go/types"
	"slices"

	"golang.org/x/tools/go/analysis"

	"github.com/statecheck/statecheck/analyzers/internal/astindex"
	"github.com/statecheck/statecheck/analyzers/internal/report"
)

// A peek is often wrapped in an exported helper, ParseUnverifiedJWT(token)
// returning the claims, that the program's other packages call before
// they verify the same token, or only to pick the key that verifies it.
// The helper's package is analyzed before its callers and cannot see
// them, so the helper cannot tell which kind of caller it has: it is not
// where the decision to trust the claims is made. An exported function
// whose peeked token is one of its parameters and that hands what it read
// back to its caller is therefore not reported; it is marked with a fact,
// and each call of it is checked as the peek itself would be (verified in
// the caller, in the caller's package, or read by an HTTP client, else
// reported at the call, with the helper's parse as related information).
// A caller that is itself such a helper passes the fact on. A function
// literal of the same shape (an API binding that exposes the helper to
// scripts, say) has no callers the analyzer can follow and is quiet.
//
// A token the program minted itself, or received from an identity
// provider's token endpoint (the id_token of an *oauth2.Token), is not
// one a client presents: reading it unverified (for its exp, to set a
// cookie's Expires, or for the user's claims an OIDC provider returned
// over TLS) trusts nothing a client controls. Such tokens are traced
// back, through variables, parameters whose every call site in the
// package passes one, and the package's functions that return one (or,
// across packages, an ownTokenFact), to the signing call or the oauth2
// token; all the places the parsed token can come from must be such.

// peeksFact marks an exported function that parses the token given as
// its parameters Params (receiver -1) without verifying it and hands the
// result back: its callers decide whether the claims are trusted.
type peeksFact struct {
	Params []int
	What   string // the unverified parse, as messages name it
	Where  string // its position, file:line:col
}

func (*peeksFact) AFact() {}

func (f *peeksFact) String() string { return fmt.Sprintf("peeks%v", f.Params) }

// ownTokenFact marks an exported function whose results Results are
// tokens the program minted or received from a token endpoint.
type ownTokenFact struct {
	Results []int
}

func (*ownTokenFact) AFact() {}

func (f *ownTokenFact) String() string { return fmt.Sprintf("owntoken%v", f.Results) }

// peekHelper is a function of this package that peeks at its parameters.
type peekHelper struct {
	params []int
	what   string
	at     token.Pos
}

// checkUnverified reports a parse that never verifies its token, unless
// a verification of the same token is in sight, the token is the
// program's own, or the parse is a helper's whose callers decide.
func (c *checker) checkUnverified(call *ast.CallExpr, what string) {
	ops := c.tokenOperands(call)
	if c.quietPeek(call, ops) || c.passesOn(call, ops, what, call.Fun.Pos()) {
		return
	}
	c.r.Reportf(call.Fun.Pos(), call.Fun.End(),
		"jwt parsed with %s and never verified: neither signature nor exp is checked; parse with a key and require exp", what)
}

// quietPeek reports whether an unverified read of the tokens ops, at
// call, is excused: the function around it also verifies a token (read
// kid or iss, then verify), it is an HTTP client, the package verifies
// the same token elsewhere, or the token is the program's own.
func (c *checker) quietPeek(call *ast.CallExpr, ops []ast.Expr) bool {
	body := c.ix.EnclosingBody(call.Pos())
	return body != nil && c.verifiesToo(body, call) || c.asClient(call) ||
		c.verifiedElsewhere(ops) || c.ownTokens(ops)
}

// passesOn reports whether the function around call takes the tokens ops
// as its parameters and hands what it read from them back to its caller;
// an exported function is recorded as a peek helper, to be judged at its
// calls.
func (c *checker) passesOn(call *ast.CallExpr, ops []ast.Expr, what string, at token.Pos) bool {
	decl := c.ix.EnclosingDecl(call.Pos())
	if decl == nil || decl.Body == nil || len(ops) == 0 {
		return false
	}
	var ftype *ast.FuncType
	var body *ast.BlockStmt
	if lit := innermostLit(decl.Body, call.Pos()); lit != nil {
		ftype, body = lit.Type, lit.Body
	} else {
		ftype, body = decl.Type, decl.Body
	}
	params := map[*types.Var]int{}
	if body == decl.Body && decl.Recv != nil {
		for _, f := range decl.Recv.List {
			for _, id := range f.Names {
				if v, ok := c.pass.TypesInfo.Defs[id].(*types.Var); ok {
					params[v] = -1
				}
			}
		}
	}
	i := 0
	for _, f := range ftype.Params.List {
		for _, id := range f.Names {
			if v, ok := c.pass.TypesInfo.Defs[id].(*types.Var); ok {
				params[v] = i
			}
			i++
		}
		if len(f.Names) == 0 {
			i++
		}
	}
	var from []int
	for _, op := range ops {
		if !c.fromParams(op, params, 0, 4, &from) {
			return false
		}
	}
	if !c.returnsRead(body, call) {
		return false
	}
	if body != decl.Body {
		return true // a literal: its callers are not in sight
	}
	fn, _ := c.pass.TypesInfo.Defs[decl.Name].(*types.Func)
	if fn == nil || !fn.Exported() {
		return false
	}
	slices.Sort(from)
	c.helpers[fn.Origin()] = peekHelper{params: slices.Compact(from), what: what, at: at}
	return true
}

// innermostLit returns the innermost function literal of body around pos.
func innermostLit(body *ast.BlockStmt, pos token.Pos) *ast.FuncLit {
	var lit *ast.FuncLit
	ast.Inspect(body, func(n ast.Node) bool {
		if n == nil || pos < n.Pos() || pos >= n.End() {
			return false
		}
		if l, ok := n.(*ast.FuncLit); ok && pos >= l.Body.Pos() {
			lit = l
		}
		return true
	})
	return lit
}

// fromParams reports whether every value e (result index, for a call
// with several) can hold comes from the parameters params of the function
// around it, following its local variables, conversions, string helpers
// and the library's decoding steps; it adds their indexes to from.
func (c *checker) fromParams(e ast.Expr, params map[*types.Var]int, index, depth int, from *[]int) bool {
	if depth < 0 {
		return false
	}
	info := c.pass.TypesInfo
	switch x := ast.Unparen(e).(type) {
	case *ast.Ident:
		v, ok := info.Uses[x].(*types.Var)
		if !ok {
			return false
		}
		if i, ok := params[v]; ok {
			*from = append(*from, i)
			return true
		}
		if v.Parent() == nil || v.Parent() == v.Pkg().Scope() {
			return false // a field or a package-level variable
		}
		vals := c.peeks().values[v]
		for _, val := range vals {
			if !c.fromParams(val.expr, params, val.index, depth-1, from) {
				return false
			}
		}
		return len(vals) > 0
	case *ast.TypeAssertExpr:
		return index == 0 && c.fromParams(x.X, params, 0, depth, from)
	case *ast.StarExpr:
		return c.fromParams(x.X, params, 0, depth, from)
	case *ast.UnaryExpr:
		return x.Op == token.AND && c.fromParams(x.X, params, 0, depth, from)
	case *ast.SliceExpr:
		return c.fromParams(x.X, params, 0, depth, from)
	case *ast.CallExpr:
		if tv, ok := info.Types[x.Fun]; ok && tv.IsType() && len(x.Args) == 1 {
			return c.fromParams(x.Args[0], params, 0, depth, from)
		}
		fn := c.ix.Callee(x)
		switch {
		case fn == nil || fn.Pkg() == nil:
		case fn.Pkg().Path() == "strings" || fn.Pkg().Path() == "bytes":
			return len(x.Args) > 0 && c.fromParams(x.Args[0], params, 0, depth, from)
		case knownPath(fn.Pkg().Path()):
			ops := c.tokenOperands(x)
			for _, op := range ops {
				if !c.fromParams(op, params, 0, depth, from) {
					return false
				}
			}
			return len(ops) > 0
		}
	}
	return false
}

// returnsRead reports whether body returns what call read: the call's
// result, the claims it decoded into, a variable holding either or a part
// of one (claims["sub"].(string)).
func (c *checker) returnsRead(body *ast.BlockStmt, call *ast.CallExpr) bool {
	read := map[types.Object]bool{}
	for _, a := range call.Args {
		if o := c.readRoot(a); o != nil && !c.tokenTyped(a) {
			read[o] = true // the claims decoded into
		}
	}
	p := c.peeks()
	for grew := true; grew; {
		grew = false
		for o, vals := range p.values {
			if read[o] || o.Parent() == nil || o.Pos() < body.Pos() || o.Pos() >= body.End() {
				continue
			}
			for _, v := range vals {
				if ast.Unparen(v.expr) == call || read[c.readRoot(v.expr)] {
					read[o], grew = true, true
					break
				}
			}
		}
	}
	found := false
	ast.Inspect(body, func(n ast.Node) bool {
		switch n := n.(type) {
		case *ast.FuncLit:
			return false
		case *ast.ReturnStmt:
			for _, r := range n.Results {
				if ast.Unparen(r) == call || read[c.readRoot(r)] {
					found = true
				}
			}
		}
		return !found
	})
	return found
}

// readRoot returns the variable at the root of what a read is kept in:
// tk in tk.Claims.(*C), c in &c.
func (c *checker) readRoot(e ast.Expr) types.Object {
	for {
		switch x := ast.Unparen(e).(type) {
		case *ast.Ident:
			if v, ok := c.pass.TypesInfo.Uses[x].(*types.Var); ok {
				return v
			}
			return nil
		case *ast.SelectorExpr:
			e = x.X
		case *ast.TypeAssertExpr:
			e = x.X
		case *ast.StarExpr:
			e = x.X
		case *ast.UnaryExpr:
			e = x.X
		case *ast.IndexExpr:
			e = x.X
		default:
			return nil
		}
	}
}

// helperOf returns the peek helper fn is: recorded here for a function of
// this package, from its fact otherwise.
func (c *checker) helperOf(fn *types.Func) (peekHelper, bool) {
	if fn == nil || fn.Pkg() == nil {
		return peekHelper{}, false
	}
	fn = fn.Origin()
	if fn.Pkg() == c.pass.Pkg {
		h, ok := c.helpers[fn]
		return h, ok
	}
	var f peeksFact
	if !c.pass.ImportObjectFact(fn, &f) {
		return peekHelper{}, false
	}
	return peekHelper{params: f.Params, what: f.What, at: report.Position(c.pass.Fset, f.Where)}, true
}

// helperArgs returns what a call of a helper passes as the parameters it
// peeks at.
func helperArgs(call *ast.CallExpr, h peekHelper) []ast.Expr {
	var ops []ast.Expr
	for _, i := range h.params {
		switch {
		case i < 0:
			if sel, ok := ast.Unparen(call.Fun).(*ast.SelectorExpr); ok {
				ops = append(ops, sel.X)
			}
		case i < len(call.Args):
			ops = append(ops, call.Args[i])
		}
	}
	return ops
}

// checkHelperCalls judges the calls of peek helpers once the package is
// walked: a caller that passes its own parameters on becomes a helper in
// turn, so this runs until no helper is added; the calls left over that
// nothing excuses are reported.
func (c *checker) checkHelperCalls() {
	done := map[*ast.CallExpr]bool{}
	for grew := true; grew; {
		grew = false
		for _, call := range c.flow.calls {
			if done[call] {
				continue
			}
			h, ok := c.helperOf(c.ix.Callee(call))
			if !ok {
				continue
			}
			ops := helperArgs(call, h)
			n := len(c.helpers)
			switch {
			case c.quietPeek(call, ops):
				done[call] = true
			case c.passesOn(call, ops, h.what, h.at):
				done[call] = true
				grew = grew || len(c.helpers) > n
			}
		}
	}
	for _, call := range c.flow.calls {
		if done[call] {
			continue
		}
		fn := c.ix.Callee(call)
		h, ok := c.helperOf(fn)
		if !ok {
			continue
		}
		d := analysis.Diagnostic{
			Pos: call.Pos(),
			End: call.End(),
			Message: fmt.Sprintf("jwt read by %s, which parses it with %s, and never verified: neither signature nor exp is checked; verify the token with a key before trusting its claims",
				fn.Name(), h.what),
		}
		if h.at.IsValid() {
			d.Related = []analysis.RelatedInformation{{Pos: h.at, End: h.at, Message: "parsed without verification here"}}
		}
		c.r.Report(d)
	}
}

// exportHelpers exports the facts of the package's peek helpers (and of
// its interfaces' methods whose implementations all are) and of its
// exported functions that return the program's own tokens.
func (c *checker) exportHelpers() {
	for fn, h := range c.helpers {
		c.pass.ExportObjectFact(fn, &peeksFact{Params: h.params, What: h.what, Where: c.pass.Fset.Position(h.at).String()})
	}
	// An interface whose implementations beside it all peek: its callers
	// hold the interface.
	c.interfaceMethods(func(m *types.Func, impls []*types.Func) {
		first, ok := c.helpers[impls[0]]
		if !ok {
			return
		}
		common := slices.Clone(first.params)
		for _, impl := range impls[1:] {
			h, ok := c.helpers[impl]
			if !ok {
				return
			}
			common = slices.DeleteFunc(common, func(i int) bool { return !slices.Contains(h.params, i) })
		}
		if len(common) > 0 {
			c.pass.ExportObjectFact(m, &peeksFact{Params: common, What: first.what, Where: c.pass.Fset.Position(first.at).String()})
		}
	})
	if !c.handlesTokens() {
		return
	}
	for _, f := range c.ix.Files() {
		for _, d := range f.Decls {
			fd, ok := d.(*ast.FuncDecl)
			if !ok || fd.Body == nil || !fd.Name.IsExported() {
				continue
			}
			fn, _ := c.pass.TypesInfo.Defs[fd.Name].(*types.Func)
			if fn == nil {
				continue
			}
			var own []int
			res := fn.Signature().Results()
			for i := range res.Len() {
				visiting := map[any]bool{}
				if textual(res.At(i).Type()) && c.ownResult(fn, i, visiting) && visiting[signedOrReceived] {
					own = append(own, i)
				}
			}
			if len(own) > 0 {
				c.pass.ExportObjectFact(fn, &ownTokenFact{Results: own})
			}
		}
	}
}

// handlesTokens reports whether the package can return a token of its
// own: it imports a JWT library or oauth2, or calls a function of another
// package that returns one. Other packages are not searched for
// ownTokenFacts.
func (c *checker) handlesTokens() bool {
	for _, imp := range c.pass.Pkg.Imports() {
		if knownPath(imp.Path()) || slices.Contains(oauth2Pkg, imp.Path()) {
			return true
		}
	}
	for _, call := range c.flow.calls {
		fn := c.ix.Callee(call)
		var f ownTokenFact
		if fn != nil && fn.Pkg() != nil && fn.Pkg() != c.pass.Pkg && c.pass.ImportObjectFact(fn.Origin(), &f) {
			return true
		}
	}
	return false
}

// textual reports whether t is a string or a byte slice.
func textual(t types.Type) bool {
	switch u := t.Underlying().(type) {
	case *types.Basic:
		return u.Info()&types.IsString != 0
	case *types.Slice:
		b, ok := u.Elem().Underlying().(*types.Basic)
		return ok && b.Kind() == types.Byte
	}
	return false
}

// ownTokens reports whether every token ops can hold is one the program
// minted or received from a token endpoint.
func (c *checker) ownTokens(ops []ast.Expr) bool {
	if len(ops) == 0 {
		return false
	}
	visiting := map[any]bool{}
	for _, op := range ops {
		if !c.ownToken(op, 0, 8, visiting) {
			return false
		}
	}
	return true
}

// ownToken reports whether every value e (result index, for a call with
// several) can hold is a token the program minted (signed in this
// program) or received from an identity provider (oauth2's Token.Extra,
// where the library keeps the token endpoint's response). A place already
// being followed adds nothing: its other values decide.
func (c *checker) ownToken(e ast.Expr, index, depth int, visiting map[any]bool) bool {
	if depth < 0 {
		return false
	}
	info := c.pass.TypesInfo
	if tv, ok := info.Types[e]; ok && tv.Value != nil {
		return true // a constant, "" on an error path: nothing a client sent
	}
	switch x := ast.Unparen(e).(type) {
	case *ast.Ident:
		v, ok := info.Uses[x].(*types.Var)
		if !ok {
			return false
		}
		return c.ownVar(v.Origin(), depth, visiting)
	case *ast.TypeAssertExpr:
		return index == 0 && c.ownToken(x.X, 0, depth, visiting)
	case *ast.CallExpr:
		if tv, ok := info.Types[x.Fun]; ok && tv.IsType() && len(x.Args) == 1 {
			return c.ownToken(x.Args[0], 0, depth, visiting)
		}
		fn := c.ix.Callee(x)
		switch {
		case fn == nil || fn.Pkg() == nil:
			return false
		case index == 0 && mints(fn), astindex.IsMethodOf(fn, oauth2Pkg, "Token", "Extra"):
			visiting[signedOrReceived] = true
			return true
		case fn.Pkg().Path() == "strings" || fn.Pkg().Path() == "bytes":
			return len(x.Args) > 0 && fn.Signature().Recv() == nil && c.ownToken(x.Args[0], 0, depth, visiting)
		case fn.Pkg() == c.pass.Pkg:
			return c.ownResult(fn.Origin(), index, visiting)
		default:
			var f ownTokenFact
			if c.pass.ImportObjectFact(fn.Origin(), &f) && slices.Contains(f.Results, index) {
				visiting[signedOrReceived] = true
				return true
			}
			return false
		}
	}
	return false
}

// ownVar reports whether every value a variable holds is an own token:
// for a parameter, the argument at every call site in the package (an
// exported function's callers are not all in sight); for a local
// variable, every value stored in it.
func (c *checker) ownVar(v *types.Var, depth int, visiting map[any]bool) bool {
	if visiting[v] {
		return true
	}
	visiting[v] = true
	p := c.peeks()
	if at, ok := p.params[v]; ok {
		if at.fn.Exported() || at.index < 0 {
			return false
		}
		calls := p.calls[at.fn]
		for _, call := range calls {
			if at.index >= len(call.Args) || call.Ellipsis.IsValid() && at.index == len(call.Args)-1 {
				return false
			}
			if !c.ownToken(call.Args[at.index], 0, depth-1, visiting) {
				return false
			}
		}
		return len(calls) > 0
	}
	if v.IsField() || v.Parent() == nil || v.Pkg() == nil || v.Parent() == v.Pkg().Scope() {
		return false
	}
	vals := p.values[v]
	for _, val := range vals {
		if !c.ownToken(val.expr, val.index, depth-1, visiting) {
			return false
		}
	}
	return len(vals) > 0
}

// ownResult reports whether result index of fn, a function of this
// package, is an own token on every return.
func (c *checker) ownResult(fn *types.Func, index int, visiting map[any]bool) bool {
	type key struct {
		fn    *types.Func
		index int
	}
	k := key{fn, index}
	if visiting[k] {
		return true
	}
	visiting[k] = true
	d := c.ix.Decl(fn)
	res := fn.Signature().Results()
	if d == nil || d.Body == nil || index >= res.Len() {
		return false
	}
	own, returns := true, 0
	ast.Inspect(d.Body, func(n ast.Node) bool {
		switch n := n.(type) {
		case *ast.FuncLit:
			return false
		case *ast.ReturnStmt:
			returns++
			switch {
			case len(n.Results) == 0:
				own = own && c.ownVar(res.At(index), 6, visiting)
			case len(n.Results) == 1 && res.Len() > 1:
				own = own && c.ownToken(n.Results[0], index, 6, visiting)
			case index < len(n.Results):
				own = own && c.ownToken(n.Results[index], 0, 6, visiting)
			}
		}
		return own
	})
	return own && returns > 0
}

// mints reports whether fn returns a token it signs: golang-jwt's
// SignedString, jwx and jws Sign, go-jose's serializers, kataras's Sign.
func mints(fn *types.Func) bool {
	return astindex.IsMethodOf(fn, golangJWT, "Token", "SignedString") ||
		astindex.IsFunc(fn, jwx, "Sign") || astindex.IsFunc(fn, jws, "Sign") ||
		astindex.IsMethod(fn, jose, "CompactSerialize", "FullSerialize", "Serialize") ||
		astindex.IsFunc(fn, katarasJWT, "Sign", "SignEncrypted", "SignWithHeader")
}

var oauth2Pkg = []string{"golang.org/x/oauth2"}

// signedOrReceived is the key of ownToken's visiting set that says a
// token was found, not only constants: a function returning "" alone
// returns no token.
type originFound struct{}

var signedOrReceived originFound
