package jwtclaims

import (
	"fmt"
	"go/ast"
	"go/types"
	"iter"
	"reflect"
	"slices"
	"strings"
	"time"

	"golang.org/x/tools/go/analysis"

	"github.com/statecheck/statecheck/analyzers/internal/astindex"
)

// claimsKind says how a composite literal of claims carries exp.
type claimsKind int

const (
	notClaims  claimsKind = iota
	mapClaims             // jwt.MapClaims: the "exp" key
	registered            // jwt.RegisteredClaims, v4 jwt.StandardClaims: the ExpiresAt field
	embedding             // a struct embedding one of the registered types
)

// kindOf classifies the type of a claims literal. Any map keyed by
// strings is a claims map: go-jose, kataras/jwt and cristalhq/jwt encode
// whatever they are given.
func kindOf(t types.Type) claimsKind {
	switch {
	case isMapClaims(t):
		return mapClaims
	case expFieldOf(t) != "":
		return registered
	case registeredField(t) != nil:
		return embedding
	}
	return notClaims
}

// isMapClaims reports whether t is a map with string keys (golang-jwt's
// MapClaims among them).
func isMapClaims(t types.Type) bool {
	if t == nil {
		return false
	}
	m, ok := t.Underlying().(*types.Map)
	if !ok {
		return false
	}
	b, ok := m.Key().Underlying().(*types.Basic)
	return ok && b.Info()&types.IsString != 0
}

// registeredField returns the embedded registered-claims field of the
// struct type t, or nil.
func registeredField(t types.Type) *types.Var {
	if p, ok := t.(*types.Pointer); ok {
		t = p.Elem()
	}
	st, ok := t.Underlying().(*types.Struct)
	if !ok {
		return nil
	}
	for f := range st.Fields() {
		if f.Embedded() && expFieldOf(f.Type()) != "" {
			return f
		}
	}
	return nil
}

// expState says whether the claims handed to a minting call carry exp.
type expState int

const (
	expUnknown    expState = iota // cannot tell: trusted
	expSet                        // exp is set
	expMissing                    // a claims literal without exp
	expImpossible                 // a claims type with no exp field at all
)

// claimsExp reads the claims expression e handed to the minting call mint:
// a type that cannot carry exp, or a literal (in place or in a local
// variable) that does not set it.
func (c *checker) claimsExp(e ast.Expr, mint *ast.CallExpr) (expState, *ast.CompositeLit) {
	t := c.pass.TypesInfo.TypeOf(e)
	c.noteMinted(t)
	if c.typeLacksExp(t, 3) {
		return expImpossible, nil
	}
	lit, v := c.claimsLiteral(e)
	if lit == nil {
		return expUnknown, nil
	}
	kind := kindOf(c.pass.TypesInfo.TypeOf(lit))
	if kind == notClaims {
		return expUnknown, nil
	}
	if c.litHasExp(lit, kind) {
		return expSet, lit
	}
	if v != nil {
		body := c.ix.EnclosingBody(mint.Pos())
		if body == nil || c.varGetsExp(v, body, mint) {
			return expUnknown, lit
		}
	}
	return expMissing, lit
}

// reportClaimsExp reports what claimsExp found; e is the claims argument
// and hint says how this library sets exp.
func (c *checker) reportClaimsExp(st expState, lit *ast.CompositeLit, e ast.Expr, hint string) {
	switch st {
	case expMissing:
		at := litType(lit)
		if hint == "" {
			hint = "set " + expName(lit, c.pass.TypesInfo.TypeOf(lit))
		}
		c.r.Reportf(at.Pos(), at.End(),
			"jwt minted without exp: the token stays valid forever and only shared state could revoke it; %s to a short lifetime and refresh from a store",
			hint)
	case expImpossible:
		t := c.pass.TypesInfo.TypeOf(e)
		tn := namedOf(t)
		if tn == nil || c.noExpSeen[tn] {
			return
		}
		c.noExpSeen[tn] = true
		c.r.Reportf(e.Pos(), e.End(),
			"jwt claims type %s has no exp: every token minted from it stays valid forever and only shared state could revoke it; embed the library's registered claims and set their expiry",
			tn.Name())
	}
}

// checkNewWithClaims reports a token minted from claims that never get an
// exp.
func (c *checker) checkNewWithClaims(call *ast.CallExpr) {
	if len(call.Args) < 2 {
		return
	}
	st, lit := c.claimsExp(call.Args[1], call)
	c.reportClaimsExp(st, lit, call.Args[1], "")
}

// expName names where a claims literal keeps exp.
func expName(lit *ast.CompositeLit, t types.Type) string {
	if isMapClaims(t) {
		return `"exp"`
	}
	if f := registeredField(t); f != nil {
		return expFieldOf(f.Type())
	}
	if e := expFieldOf(t); e != "" {
		return e
	}
	return "exp"
}

// namedOf returns the type name of t or *t, or nil.
func namedOf(t types.Type) *types.TypeName {
	if p, ok := t.(*types.Pointer); ok {
		t = p.Elem()
	}
	if n, ok := types.Unalias(t).(*types.Named); ok {
		return n.Obj()
	}
	return nil
}

// noteMinted records a claims type of this package handed to a minting
// call, so its fields are checked for secrets whatever the library.
func (c *checker) noteMinted(t types.Type) {
	if tn := namedOf(t); tn != nil && tn.Pkg() == c.pass.Pkg {
		c.minted[tn] = true
	}
}

// typeLacksExp reports whether the claims type t is a struct of this
// package that cannot carry exp: no embedded registered claims, no field
// encoded as "exp", no JSON or claims method of its own that could add one
// (golang-jwt v5's GetExpirationTime counts only when it returns nil).
func (c *checker) typeLacksExp(t types.Type, depth int) bool {
	tn := namedOf(t)
	if tn == nil || tn.Pkg() != c.pass.Pkg || depth == 0 {
		return false
	}
	st, ok := tn.Type().Underlying().(*types.Struct)
	if !ok {
		return false
	}
	mset := types.NewMethodSet(types.NewPointer(tn.Type()))
	for m := range mset.Methods() {
		switch m.Obj().Name() {
		case "MarshalJSON", "MarshalText":
			return false
		case "GetExpirationTime":
			if !c.returnsNilOnly(m.Obj().(*types.Func)) {
				return false
			}
		}
	}
	for i := range st.NumFields() {
		f := st.Field(i)
		if expFieldOf(f.Type()) != "" || strings.EqualFold(f.Name(), "exp") {
			return false
		}
		name, _, _ := strings.Cut(reflect.StructTag(st.Tag(i)).Get("json"), ",")
		if name == "exp" {
			return false
		}
		if f.Embedded() {
			if _, isStruct := f.Type().Underlying().(*types.Struct); !isStruct || !c.typeLacksExp(f.Type(), depth-1) {
				return false
			}
		}
	}
	return true
}

// returnsNilOnly reports whether fn is declared in this package and every
// return statement's first result is nil.
func (c *checker) returnsNilOnly(fn *types.Func) bool {
	d := c.ix.Decl(fn.Origin())
	if d == nil || d.Body == nil {
		return false
	}
	only := true
	ast.Inspect(d.Body, func(n ast.Node) bool {
		switch n := n.(type) {
		case *ast.FuncLit:
			return false
		case *ast.ReturnStmt:
			if len(n.Results) == 0 || !c.ix.IsNil(n.Results[0]) {
				only = false
			}
		}
		return only
	})
	return only
}

// litType is a composite literal's type, the short range that names what
// is missing.
func litType(lit *ast.CompositeLit) ast.Node {
	if lit.Type != nil {
		return lit.Type
	}
	return lit
}

// claimsLiteral follows the claims argument of NewWithClaims to the
// composite literal it is: written in place (`&Claims{…}`) or held in a
// local variable given exactly one value. It returns the variable too, whose
// later stores may add exp.
func (c *checker) claimsLiteral(e ast.Expr) (*ast.CompositeLit, *types.Var) {
	e = ast.Unparen(e)
	if u, ok := e.(*ast.UnaryExpr); ok {
		e = ast.Unparen(u.X)
	}
	if lit, ok := e.(*ast.CompositeLit); ok {
		return lit, nil
	}
	v, ok := c.ix.ObjectOf(e).(*types.Var)
	if !ok || v.IsField() || v.Parent() == v.Pkg().Scope() {
		return nil, nil
	}
	val := c.ix.Single(e)
	if u, ok := ast.Unparen(val).(*ast.UnaryExpr); ok {
		val = u.X
	}
	lit, _ := ast.Unparen(val).(*ast.CompositeLit)
	if lit == nil {
		return nil, nil
	}
	return lit, v
}

// litHasExp reports whether a claims literal sets exp, or sets something
// the analyzer cannot see into (an embedded claims value that is not a
// literal, positional fields).
func (c *checker) litHasExp(lit *ast.CompositeLit, kind claimsKind) bool {
	for _, elt := range lit.Elts {
		kv, ok := elt.(*ast.KeyValueExpr)
		if !ok {
			return true // positional fields: unknown
		}
		switch kind {
		case mapClaims:
			if k, ok := c.ix.ConstString(kv.Key); !ok || k == "exp" {
				return true
			}
		case registered:
			if id, ok := kv.Key.(*ast.Ident); ok && id.Name == expFieldOf(c.pass.TypesInfo.TypeOf(lit)) {
				return true
			}
		case embedding:
			id, _ := kv.Key.(*ast.Ident)
			if id == nil {
				return true
			}
			f, _ := c.pass.TypesInfo.Uses[id].(*types.Var)
			if f == nil || !f.Embedded() || expFieldOf(f.Type()) == "" {
				continue
			}
			inner, _ := ast.Unparen(kv.Value).(*ast.CompositeLit)
			if u, ok := ast.Unparen(kv.Value).(*ast.UnaryExpr); ok {
				inner, _ = ast.Unparen(u.X).(*ast.CompositeLit)
			}
			if inner == nil || c.litHasExp(inner, registered) {
				return true
			}
		}
	}
	return false
}

// varGetsExp reports whether the claims variable v may get an exp after its
// literal: a store to v["exp"], v.ExpiresAt or its embedded claims, or any
// use the analyzer cannot follow (v passed to a function other than
// NewWithClaims, its address taken, a method of the program called on it).
func (c *checker) varGetsExp(v *types.Var, body *ast.BlockStmt, mint *ast.CallExpr) bool {
	info := c.pass.TypesInfo
	found := false
	ast.Inspect(body, func(n ast.Node) bool {
		if found {
			return false
		}
		switch n := n.(type) {
		case *ast.AssignStmt:
			for _, l := range n.Lhs {
				if c.storesExp(l, v) {
					found = true
				}
			}
		case *ast.CallExpr:
			if n == mint {
				return true
			}
			for _, a := range n.Args {
				if id, ok := ast.Unparen(a).(*ast.Ident); ok && info.ObjectOf(id) == v {
					found = true
				}
			}
			if sel, ok := n.Fun.(*ast.SelectorExpr); ok && c.rootVar(sel.X) == v {
				if s := info.Selections[sel]; s != nil && s.Kind() == types.MethodVal && !isGolangJWT(pkgPath(s.Obj())) {
					found = true
				}
			}
		case *ast.UnaryExpr:
			if c.rootVar(n.X) == v {
				found = true
			}
		}
		return true
	})
	return found
}

// storesExp reports whether the assignment target l writes exp on v.
func (c *checker) storesExp(l ast.Expr, v *types.Var) bool {
	switch l := ast.Unparen(l).(type) {
	case *ast.IndexExpr:
		if c.rootVar(l.X) != v {
			return false
		}
		k, ok := c.ix.ConstString(l.Index)
		return !ok || k == "exp"
	case *ast.SelectorExpr:
		if c.rootVar(l.X) != v {
			return false
		}
		f, ok := c.ix.ObjectOf(l).(*types.Var)
		return ok && (isExpField(f) || f.Embedded())
	case *ast.Ident:
		return false
	}
	return false
}

// rootVar returns the variable at the root of a selector or index chain
// (v in v.A.B or v["k"]), or nil.
func (c *checker) rootVar(e ast.Expr) *types.Var {
	for {
		switch x := ast.Unparen(e).(type) {
		case *ast.SelectorExpr:
			e = x.X
		case *ast.IndexExpr:
			e = x.X
		case *ast.StarExpr:
			e = x.X
		case *ast.Ident:
			v, _ := c.pass.TypesInfo.ObjectOf(x).(*types.Var)
			return v
		default:
			return nil
		}
	}
}

func pkgPath(o types.Object) string {
	if o == nil || o.Pkg() == nil {
		return ""
	}
	return o.Pkg().Path()
}

// checkNew reports golang-jwt's jwt.New(method), whose claims are an empty
// MapClaims, when the function signs the token without ever storing "exp"
// into a MapClaims or replacing the token's Claims.
func (c *checker) checkNew(call *ast.CallExpr) {
	body := c.ix.EnclosingBody(call.Pos())
	if body == nil || !c.signsWithoutExp(body, call) {
		return
	}
	c.r.Reportf(call.Pos(), call.Fun.End(),
		`jwt minted without exp: the token stays valid forever and only shared state could revoke it; set "exp" to a short lifetime and refresh from a store`)
}

// signsWithoutExp reports whether body calls SignedString on a golang-jwt
// token and nothing in it could set exp on the token made by newCall.
func (c *checker) signsWithoutExp(body *ast.BlockStmt, newCall *ast.CallExpr) bool {
	info := c.pass.TypesInfo
	signs, exp := false, false
	ast.Inspect(body, func(n ast.Node) bool {
		switch n := n.(type) {
		case *ast.CallExpr:
			fn := c.ix.Callee(n)
			if astindex.IsMethodOf(fn, golangJWT, "Token", "SignedString") {
				signs = true
			}
			if n != newCall && fn != nil && !isGolangJWT(pkgPath(fn)) && len(n.Args) > 0 {
				for _, a := range n.Args {
					if astindex.IsNamed(info.TypeOf(a), golangJWT, "Token") {
						exp = true // the token is handed to code that may set claims
					}
				}
			}
		case *ast.AssignStmt:
			for _, l := range n.Lhs {
				switch l := ast.Unparen(l).(type) {
				case *ast.IndexExpr:
					if astindex.IsNamed(info.TypeOf(l.X), golangJWT, "MapClaims") {
						if k, ok := c.ix.ConstString(l.Index); !ok || k == "exp" {
							exp = true
						}
					}
				case *ast.SelectorExpr:
					if l.Sel.Name == "Claims" && astindex.IsNamed(info.TypeOf(l.X), golangJWT, "Token") {
						exp = true
					}
				}
			}
		}
		return true
	})
	return signs && !exp
}

// checkBuild reports a jwx token built by a NewBuilder chain that never
// calls Expiration or Claim("exp", …).
func (c *checker) checkBuild(call *ast.CallExpr) {
	for inner, fn := range c.receivers(call) {
		switch {
		case astindex.IsFunc(fn, jwx, "NewBuilder"):
			c.r.Reportf(call.Fun.(*ast.SelectorExpr).Sel.Pos(), call.Rparen+1,
				`jwt built without exp: the token stays valid forever and only shared state could revoke it; call Expiration with a short lifetime and refresh from a store`)
			return
		case astindex.IsMethodOf(fn, jwx, "Builder", "Expiration"):
			return
		case astindex.IsMethodOf(fn, jwx, "Builder", "Claim"):
			if k, ok := c.ix.ConstString(inner.Args[0]); !ok || k == "exp" {
				return
			}
		case fn == nil || !astindex.IsMethodOf(fn, jwx, "Builder", fn.Name()):
			return
		}
	}
}

// receivers yields the calls of a method chain below call, from its
// receiver inwards (for b.X().Y().Z(): Y(), then X()), each with its
// callee, and stops at a receiver that is not a call: a chain that starts
// from a variable is not seen whole.
func (c *checker) receivers(call *ast.CallExpr) iter.Seq2[*ast.CallExpr, *types.Func] {
	return func(yield func(*ast.CallExpr, *types.Func) bool) {
		for e := call.Fun; ; {
			sel, ok := ast.Unparen(e).(*ast.SelectorExpr)
			if !ok {
				return
			}
			inner, ok := ast.Unparen(sel.X).(*ast.CallExpr)
			if !ok || !yield(inner, c.ix.Callee(inner)) {
				return
			}
			e = inner.Fun
		}
	}
}

// checkJWXNew reports jwx jwt.New() when the token is signed in the same
// function (jwt.Sign, or json.Marshal of it signed with jws.Sign) and no
// Set("exp", …) reaches it.
func (c *checker) checkJWXNew(call *ast.CallExpr) {
	body := c.ix.EnclosingBody(call.Pos())
	if body == nil {
		return
	}
	signs, marshals, jwsSigns, exp := false, false, false, false
	ast.Inspect(body, func(n ast.Node) bool {
		if n, ok := n.(*ast.CallExpr); ok {
			fn := c.ix.Callee(n)
			switch {
			case astindex.IsFunc(fn, jwx, "Sign"):
				signs = true
			case astindex.IsFunc(fn, jws, "Sign"):
				jwsSigns = true
			case astindex.IsFunc(fn, []string{"encoding/json"}, "Marshal"):
				// Serializing the token reads it: json.Marshal(token)
				// then jws.Sign of the bytes is minting by hand.
				marshals = true
			case astindex.IsMethodOf(fn, jwx, "Token", "Set"):
				if k, ok := c.ix.ConstString(n.Args[0]); !ok || k == "exp" {
					exp = true
				}
			case fn != nil && !slices.Contains(jwx, pkgPath(fn)):
				for _, a := range n.Args {
					if astindex.IsNamed(c.pass.TypesInfo.TypeOf(a), jwx, "Token") {
						exp = true
					}
				}
			}
		}
		return true
	})
	if (signs || marshals && jwsSigns) && !exp {
		c.r.Reportf(call.Pos(), call.End(),
			`jwt minted without exp: the token stays valid forever and only shared state could revoke it; Set jwt.ExpirationKey to a short lifetime and refresh from a store`)
	}
}

// checkClaimsTypes reports the fields of the package's claims structs
// whose names or JSON keys look secret: the structs that embed a
// library's registered claims, and any struct handed to a minting call.
func (c *checker) checkClaimsTypes() {
	var specs []*ast.TypeSpec
	for tn, spec := range c.typeSpecs {
		if registeredField(tn.Type()) != nil || c.minted[tn] {
			specs = append(specs, spec)
		}
	}
	slices.SortFunc(specs, func(a, b *ast.TypeSpec) int { return int(a.Pos() - b.Pos()) })
	for _, spec := range specs {
		c.checkClaimsType(spec)
	}
}

// checkClaimsType reports the secret-looking fields of one claims struct.
func (c *checker) checkClaimsType(spec *ast.TypeSpec) {
	st, ok := spec.Type.(*ast.StructType)
	if !ok {
		return
	}
	for _, field := range st.Fields.List {
		for _, name := range field.Names {
			f, _ := c.pass.TypesInfo.Defs[name].(*types.Var)
			if f == nil || !secretType(f.Type()) {
				continue
			}
			key := name.Name
			if field.Tag != nil {
				if tag := jsonName(field.Tag.Value); tag == "-" {
					continue
				} else if tag != "" {
					key = tag
				}
			}
			c.reportSecret(name, key, name.Name)
		}
	}
}

// jsonName returns the name in the json struct tag of a raw tag literal.
func jsonName(raw string) string {
	tag := reflect.StructTag(strings.Trim(raw, "`"))
	name, _, _ := strings.Cut(tag.Get("json"), ",")
	return name
}

// secretType reports whether a claim of type t could hold a secret: a
// string or bytes, or anything untyped enough to be one. Booleans, numbers
// and times (password_changed_at) cannot.
func secretType(t types.Type) bool {
	if t == nil {
		return true
	}
	if p, ok := t.(*types.Pointer); ok {
		t = p.Elem()
	}
	if astindex.IsNamed(t, timePkg, "Time") {
		return false
	}
	if types.IsInterface(t) {
		return true
	}
	return textual(t)
}

// reportSecret reports a claim called key (and named name in Go) when a
// secret word matches either.
func (c *checker) reportSecret(at ast.Node, key, name string) {
	w := c.cfg.secretWords.Match(key)
	if w == "" {
		w = c.cfg.secretWords.Match(name)
	}
	if w == "" {
		return
	}
	c.r.Reportf(at.Pos(), at.End(),
		"jwt claim %q looks secret (%q): a token is signed, not encrypted, so every holder reads it; keep the secret server-side and put only an identifier in the claim",
		key, w)
}

// checkExpValue reports an expiry further away than the configured
// maximum.
func (c *checker) checkExpValue(e ast.Expr) {
	d, ok := c.lifetime(e)
	if !ok {
		c.variableLifetime(e)
		return
	}
	if d > c.cfg.maxLifetime {
		c.reportLifetime(e, d)
	}
}

// reportLifetime reports the expression e that gives a token lifetime d
// over the limit.
func (c *checker) reportLifetime(e ast.Expr, d time.Duration) {
	c.report(analysis.Diagnostic{
		Pos:      e.Pos(),
		End:      e.End(),
		Category: c.lifetimeCategory(d),
		Message: fmt.Sprintf("jwt lifetime %v exceeds %v: a leaked token stays valid that long and only shared state could revoke it; issue short-lived tokens and refresh them from a store",
			d, c.cfg.maxLifetime),
	})
}

// lifetimeCategory is the category of a finding for lifetime d over the
// limit: CategoryLifetime up to twice the limit, none beyond.
func (c *checker) lifetimeCategory(d time.Duration) string {
	if d <= 2*c.cfg.maxLifetime {
		return CategoryLifetime
	}
	return ""
}
