package jwtclaims

import (
	"fmt"
	"go/ast"
	"go/token"
	"go/types"
	"slices"

	"golang.org/x/tools/go/analysis"

	"github.com/statecheck/statecheck/analyzers/internal/astindex"
)

// parserOpts is what the options of one golang-jwt or jwx parse say.
type parserOpts struct {
	known       bool          // every option is a visible call of the library
	expRequired bool          // v5 WithExpirationRequired, jwx WithRequiredClaim("exp")
	pinned      bool          // WithValidMethods, v4 Parser.ValidMethods
	skips       bool          // claims validation is off (reported on its own)
	site        *ast.CallExpr // the call whose argument list takes a new option, if any
	qual        string        // the package qualifier used at site
}

// golangJWTOpts reads golang-jwt ParserOptions.
func (c *checker) golangJWTOpts(args []ast.Expr, ellipsis bool) parserOpts {
	o := parserOpts{known: !ellipsis}
	for _, a := range args {
		call, ok := ast.Unparen(a).(*ast.CallExpr)
		fn := (*types.Func)(nil)
		if ok {
			fn = c.ix.Callee(call)
		}
		switch {
		case astindex.IsFunc(fn, []string{jwtV5}, "WithExpirationRequired"):
			o.expRequired = true
		case astindex.IsFunc(fn, golangJWT, "WithValidMethods"):
			o.pinned = true
		case astindex.IsFunc(fn, golangJWT, "WithoutClaimsValidation"):
			o.skips = true
		case fn == nil || !isGolangJWT(pkgPath(fn)):
			o.known = false
		}
	}
	return o
}

// checkGolangJWTParse checks a call of the package-level Parse or
// ParseWithClaims.
func (c *checker) checkGolangJWTParse(call *ast.CallExpr, fn *types.Func) {
	nfixed := 2
	if fn.Name() == "ParseWithClaims" {
		nfixed = 3
	}
	if len(call.Args) < nfixed {
		return
	}
	o := c.golangJWTOpts(call.Args[nfixed:], call.Ellipsis.IsValid())
	o.site, o.qual = call, c.qualifier(call)
	c.checkParse(call, fn, o)
}

// checkParserMethod checks (*Parser).Parse and ParseWithClaims, reading the
// options from where the parser was made.
func (c *checker) checkParserMethod(call *ast.CallExpr, fn *types.Func) {
	sel, ok := ast.Unparen(call.Fun).(*ast.SelectorExpr)
	if !ok {
		return
	}
	o, ok := c.parserOrigin(sel.X, 2)
	if !ok {
		return
	}
	if o.site != nil {
		if c.parserSeen[o.site] {
			return // one report per parser
		}
		c.parserSeen[o.site] = true
	}
	c.checkParse(call, fn, o)
}

// parserOrigin follows a *Parser expression to the NewParser call or
// Parser literal that made it.
func (c *checker) parserOrigin(e ast.Expr, depth int) (parserOpts, bool) {
	e = ast.Unparen(e)
	if u, ok := e.(*ast.UnaryExpr); ok && u.Op == token.AND {
		e = ast.Unparen(u.X)
	}
	switch x := e.(type) {
	case *ast.CallExpr:
		fn := c.ix.Callee(x)
		if astindex.IsFunc(fn, golangJWT, "NewParser") {
			o := c.golangJWTOpts(x.Args, x.Ellipsis.IsValid())
			o.site, o.qual = x, c.qualifier(x)
			return o, true
		}
		if id, ok := x.Fun.(*ast.Ident); ok && id.Name == "new" && len(x.Args) == 1 {
			if _, isBuiltin := c.pass.TypesInfo.Uses[id].(*types.Builtin); isBuiltin {
				return parserOpts{known: true}, true
			}
		}
	case *ast.CompositeLit:
		o := parserOpts{known: true}
		for _, elt := range x.Elts {
			if kv, ok := elt.(*ast.KeyValueExpr); ok {
				if id, ok := kv.Key.(*ast.Ident); ok && id.Name == "ValidMethods" {
					o.pinned = true
				}
			}
		}
		return o, true
	case *ast.Ident, *ast.SelectorExpr:
		if depth > 0 {
			if v := c.ix.Single(x); v != nil {
				return c.parserOrigin(v, depth-1)
			}
		}
	}
	return parserOpts{}, false
}

// checkParse applies the expiry and method rules to one verifying parse.
func (c *checker) checkParse(call *ast.CallExpr, fn *types.Func, o parserOpts) {
	if !c.cfg.strict || !o.known || o.skips {
		return
	}
	keyfunc, claims := call.Args[1], ast.Expr(nil)
	if fn.Name() == "ParseWithClaims" {
		keyfunc, claims = call.Args[2], call.Args[1]
	}
	if pkgPath(fn) == jwtV5 && !o.expRequired && !c.validatesItself(claims) {
		d := analysis.Diagnostic{
			Pos:      call.Fun.Pos(),
			End:      call.Fun.End(),
			Category: CategoryStrict,
			Message:  "jwt parsed without WithExpirationRequired: a token with no exp is accepted and never expires; add jwt.WithExpirationRequired()",
		}
		if o.site != nil && o.qual != "" {
			d.SuggestedFixes = []analysis.SuggestedFix{appendArg(o.site, o.qual+".WithExpirationRequired()")}
		}
		c.report(d)
	}
	if !o.pinned {
		if checks, known := c.keyfuncChecks(keyfunc, 2); known && !checks {
			c.report(analysis.Diagnostic{
				Pos:      call.Fun.Pos(),
				End:      call.Fun.End(),
				Category: CategoryStrict,
				Message:  "jwt parsed without pinned signing methods and the keyfunc does not check token.Method: the token picks its own algorithm; add jwt.WithValidMethods or check token.Method",
			})
		}
	}
}

// validatesItself reports whether the claims type has its own Validate
// method, which golang-jwt v5 calls and which may require exp.
func (c *checker) validatesItself(claims ast.Expr) bool {
	if claims == nil {
		return false
	}
	t := c.pass.TypesInfo.TypeOf(claims)
	if t == nil {
		return false
	}
	obj, _, _ := types.LookupFieldOrMethod(t, true, c.pass.Pkg, "Validate")
	_, ok := obj.(*types.Func)
	return ok
}

// keyfuncChecks reports whether the keyfunc e inspects the token's signing
// method (token.Method, or Header["alg"]); known is false when the keyfunc
// cannot be followed to a body in this package. A keyfunc that hands the
// token to another function counts as checking it.
func (c *checker) keyfuncChecks(e ast.Expr, depth int) (checks, known bool) {
	info := c.pass.TypesInfo
	switch x := ast.Unparen(e).(type) {
	case *ast.FuncLit:
		return c.bodyChecksMethod(x.Type, x.Body), true
	case *ast.Ident, *ast.SelectorExpr:
		var fn *types.Func
		if id, ok := x.(*ast.Ident); ok {
			fn, _ = info.Uses[id].(*types.Func)
		} else if s := info.Selections[x.(*ast.SelectorExpr)]; s != nil {
			fn, _ = s.Obj().(*types.Func)
		} else {
			fn, _ = info.Uses[x.(*ast.SelectorExpr).Sel].(*types.Func)
		}
		if fn != nil {
			if d := c.ix.Decl(fn.Origin()); d != nil {
				return c.bodyChecksMethod(d.Type, d.Body), true
			}
			return false, false
		}
		if v := c.ix.Single(x); v != nil && depth > 0 {
			return c.keyfuncChecks(v, depth-1)
		}
	case *ast.CallExpr:
		if tv, ok := info.Types[x.Fun]; ok && tv.IsType() && len(x.Args) == 1 {
			return c.keyfuncChecks(x.Args[0], depth) // jwt.Keyfunc(f)
		}
		if d := c.ix.Decl(c.ix.Callee(x)); d != nil && depth > 0 {
			return c.returnedKeyfuncsCheck(d.Body, depth-1)
		}
	}
	return false, false
}

// returnedKeyfuncsCheck follows a keyfunc constructor to the keyfuncs it
// returns; they must all be followed, and all check the method.
func (c *checker) returnedKeyfuncsCheck(body *ast.BlockStmt, depth int) (checks, known bool) {
	checks, unknown := true, false
	ast.Inspect(body, func(n ast.Node) bool {
		switch n := n.(type) {
		case *ast.FuncLit:
			return false
		case *ast.ReturnStmt:
			if len(n.Results) == 0 {
				unknown = true
				return false
			}
			if id, ok := n.Results[0].(*ast.Ident); ok && c.pass.TypesInfo.Uses[id] == types.Universe.Lookup("nil") {
				return false
			}
			ch, kn := c.keyfuncChecks(n.Results[0], depth)
			unknown = unknown || !kn
			checks = checks && ch
			known = true
		}
		return true
	})
	if unknown || !known {
		return false, false
	}
	return checks, true
}

// bodyChecksMethod reports whether a keyfunc body looks at the signing
// method of its token parameter.
func (c *checker) bodyChecksMethod(ft *ast.FuncType, body *ast.BlockStmt) bool {
	info := c.pass.TypesInfo
	if ft.Params == nil || len(ft.Params.List) == 0 || len(ft.Params.List[0].Names) == 0 {
		return false
	}
	param := info.Defs[ft.Params.List[0].Names[0]]
	if param == nil {
		return false // "_": the token is never looked at
	}
	checks := false
	ast.Inspect(body, func(n ast.Node) bool {
		switch n := n.(type) {
		case *ast.SelectorExpr:
			if s := info.Selections[n]; s != nil && s.Kind() == types.FieldVal &&
				n.Sel.Name == "Method" && astindex.IsNamed(s.Recv(), golangJWT, "Token") {
				checks = true
			}
		case *ast.IndexExpr:
			if sel, ok := ast.Unparen(n.X).(*ast.SelectorExpr); ok && sel.Sel.Name == "Header" {
				if k, ok := c.ix.ConstString(n.Index); ok && k == "alg" {
					checks = true
				}
			}
		case *ast.CallExpr:
			for _, a := range n.Args {
				if id, ok := ast.Unparen(a).(*ast.Ident); ok && info.Uses[id] == param {
					checks = true // handed to a helper that may check it
				}
			}
		}
		return !checks
	})
	return checks
}

// jwxOpts reads jwx ParseOptions.
func (c *checker) jwxOpts(args []ast.Expr, ellipsis bool) parserOpts {
	o := parserOpts{known: !ellipsis}
	for _, a := range args {
		call, ok := ast.Unparen(a).(*ast.CallExpr)
		var fn *types.Func
		if ok {
			fn = c.ix.Callee(call)
		}
		switch {
		case astindex.IsFunc(fn, jwx, "WithRequiredClaim"):
			if k, ok := c.ix.ConstString(call.Args[0]); !ok || k == "exp" {
				o.expRequired = true
			}
		case astindex.IsFunc(fn, jwx, "WithValidate"):
			if v, ok := c.ix.ConstBool(call.Args[0]); ok && !v {
				o.skips = true
			}
		case fn == nil || !slices.Contains(jwx, pkgPath(fn)):
			o.known = false
		}
	}
	return o
}

// jwxParsers maps jwx's verifying parse functions to their count of fixed
// parameters.
var jwxParsers = map[string]int{
	"Parse": 1, "ParseString": 1, "ParseReader": 1, "ParseRequest": 1,
	"ParseHeader": 2, "ParseCookie": 2, "ParseForm": 2, "ReadFile": 1,
}

// checkJWXParse applies the expiry rule to a jwx parse.
func (c *checker) checkJWXParse(call *ast.CallExpr, nfixed int) {
	if len(call.Args) < nfixed {
		return
	}
	o := c.jwxOpts(call.Args[nfixed:], call.Ellipsis.IsValid())
	if !c.cfg.strict || !o.known || o.skips || o.expRequired {
		return
	}
	d := analysis.Diagnostic{
		Pos:      call.Fun.Pos(),
		End:      call.Fun.End(),
		Category: CategoryStrict,
		Message:  `jwt parsed without WithRequiredClaim("exp"): a token with no exp is accepted and never expires; add jwt.WithRequiredClaim("exp")`,
	}
	if q := c.qualifier(call); q != "" {
		d.SuggestedFixes = []analysis.SuggestedFix{appendArg(call, q+`.WithRequiredClaim("exp")`)}
	}
	c.report(d)
}

// verifiesToo reports whether body contains a verifying parse other than
// except.
func (c *checker) verifiesToo(body *ast.BlockStmt, except *ast.CallExpr) bool {
	found := false
	ast.Inspect(body, func(n ast.Node) bool {
		if call, ok := n.(*ast.CallExpr); ok && call != except {
			found = c.isVerifyingParse(call)
		}
		return !found
	})
	return found
}

// isJWXParse reports whether fn is one of jwx's package-level parse
// functions.
func isJWXParse(fn *types.Func) bool {
	return slices.Contains(jwx, pkgPath(fn)) && jwxParsers[fn.Name()] > 0 && fn.Signature().Recv() == nil
}

// qualifier returns the package name a call's function is qualified with
// (jwt in jwt.Parse), or "".
func (c *checker) qualifier(call *ast.CallExpr) string {
	sel, ok := ast.Unparen(call.Fun).(*ast.SelectorExpr)
	if !ok {
		return ""
	}
	id, ok := sel.X.(*ast.Ident)
	if !ok {
		return ""
	}
	if _, ok := c.pass.TypesInfo.Uses[id].(*types.PkgName); !ok {
		return ""
	}
	return id.Name
}

// appendArg is the fix that adds arg as the last argument of call.
func appendArg(call *ast.CallExpr, arg string) analysis.SuggestedFix {
	pos, text := call.Rparen, arg
	if n := len(call.Args); n > 0 {
		pos, text = call.Args[n-1].End(), ", "+arg
	}
	return analysis.SuggestedFix{
		Message:   fmt.Sprintf("Add %s", arg),
		TextEdits: []analysis.TextEdit{{Pos: pos, End: pos, NewText: []byte(text)}},
	}
}

// jwxV1Safe are the jwx v1 parse options that neither verify the
// signature nor validate the claims; any other option is trusted to.
var jwxV1Safe = map[string]bool{
	"WithRequiredClaim": true, "WithAcceptableSkew": true, "WithClock": true,
	"WithIssuer": true, "WithSubject": true, "WithAudience": true, "WithJwtID": true,
	"WithClaimValue": true, "WithTypedClaim": true, "WithHeaderKey": true,
	"WithFormKey": true, "WithPedantic": true, "WithToken": true, "WithContext": true,
	"WithValidate": true,
}

// jwxV1Verifies reports whether a jwx v1 parse call may verify the
// signature: an option that is not among jwxV1Safe, or options that cannot
// be read.
func (c *checker) jwxV1Verifies(call *ast.CallExpr, nfixed int) bool {
	if call.Ellipsis.IsValid() {
		return true
	}
	for _, a := range call.Args[min(nfixed, len(call.Args)):] {
		inner, ok := ast.Unparen(a).(*ast.CallExpr)
		if !ok {
			return true
		}
		fn := c.ix.Callee(inner)
		if fn == nil || pkgPath(fn) != jwxV1 || !jwxV1Safe[fn.Name()] {
			return true
		}
	}
	return false
}

// checkJWXV1Parse checks a jwx v1 parse, which verifies nothing unless
// given a key (WithVerify, WithKeySet) and validates nothing unless given
// WithValidate(true): without a key it is ParseInsecure, and without
// validation expired tokens pass unless the function calls jwt.Validate.
func (c *checker) checkJWXV1Parse(call *ast.CallExpr, nfixed int) {
	if len(call.Args) < nfixed || call.Ellipsis.IsValid() {
		return
	}
	if !c.jwxV1Verifies(call, nfixed) {
		c.checkUnverified(call, "jwx v1 Parse without WithVerify")
		return
	}
	validates := false
	for _, a := range call.Args[nfixed:] {
		inner, ok := ast.Unparen(a).(*ast.CallExpr)
		if !ok {
			return
		}
		if astindex.IsFunc(c.ix.Callee(inner), []string{jwxV1}, "WithValidate") {
			v, ok := c.ix.ConstBool(inner.Args[0])
			if ok && !v {
				return // reported as WithValidate(false)
			}
			validates = true
		}
	}
	if validates {
		return
	}
	if body := c.ix.EnclosingBody(call.Pos()); body != nil && c.callsValidate(body) {
		return
	}
	c.r.Reportf(call.Fun.Pos(), call.Fun.End(),
		"jwt claims are not validated: jwx v1 Parse checks exp only with WithValidate(true), so expired tokens are accepted; add jwt.WithValidate(true)")
}

// callsValidate reports whether body calls jwx's jwt.Validate.
func (c *checker) callsValidate(body *ast.BlockStmt) bool {
	found := false
	ast.Inspect(body, func(n ast.Node) bool {
		if call, ok := n.(*ast.CallExpr); ok && astindex.IsFunc(c.ix.Callee(call), jwx, "Validate") {
			found = true
		}
		return !found
	})
	return found
}

// asClient reports whether the function around at is an HTTP client: it
// sends a request or reads a response. A token it reads without verifying
// is one a server issued to this program (read for its exp, to know when
// to fetch the next), not one a client presents to be trusted, and the
// program may hold no key to verify it with.
func (c *checker) asClient(at ast.Node) bool {
	body := c.ix.EnclosingBody(at.Pos())
	if body == nil {
		return false
	}
	found := false
	ast.Inspect(body, func(n ast.Node) bool {
		switch n := n.(type) {
		case *ast.CallExpr:
			fn := c.ix.Callee(n)
			if astindex.IsFunc(fn, httpPkg, "Get", "Post", "PostForm", "Head", "NewRequest", "NewRequestWithContext") ||
				astindex.IsMethodOf(fn, httpPkg, "Client", "Do", "Get", "Post", "PostForm", "Head") {
				found = true
			}
		case *ast.SelectorExpr:
			if astindex.IsNamed(c.pass.TypesInfo.TypeOf(n.X), httpPkg, "Response") {
				found = true
			}
		}
		return !found
	})
	return found
}

var httpPkg = []string{"net/http"}
