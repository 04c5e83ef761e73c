package jwtclaims

import (
	"go/ast"
	"go/types"

	"github.com/statecheck/statecheck/analyzers/internal/astindex"
)

// joseCall checks go-jose (and square/go-jose.v2) jwt: a Builder chain
// serialized without exp, and claims read without verification.
func (c *checker) joseCall(call *ast.CallExpr, fn *types.Func) {
	switch {
	case astindex.IsMethodOf(fn, jose, "Builder", "CompactSerialize", "FullSerialize", "Serialize", "Token"):
		c.checkJoseChain(call)
	case astindex.IsMethodOf(fn, jose, "JSONWebToken", "UnsafeClaimsWithoutVerification"):
		c.checkUnverified(call, "UnsafeClaimsWithoutVerification")
	}
}

// checkJoseChain reads a jwt.Signed(sig).Claims(a).Claims(b)…Serialize()
// chain: go-jose merges every Claims argument into one token, so the token
// lacks exp only when the chain is seen whole, from Signed or Encrypted,
// and no argument can carry exp.
func (c *checker) checkJoseChain(call *ast.CallExpr) {
	type arg struct {
		st  expState
		lit *ast.CompositeLit
		e   ast.Expr
	}
	var args []arg
	for inner, fn := range c.receivers(call) {
		switch {
		case astindex.IsFunc(fn, jose, "Signed", "Encrypted", "SignedAndEncrypted"):
			if len(args) == 0 {
				return
			}
			for _, a := range args {
				if a.st != expMissing && a.st != expImpossible {
					return
				}
			}
			a := args[len(args)-1] // the first Claims call
			c.reportClaimsExp(a.st, a.lit, a.e, "set Expiry (jwt.NewNumericDate)")
			return
		case astindex.IsMethodOf(fn, jose, "Builder", "Claims") && len(inner.Args) == 1:
			st, lit := c.claimsExp(inner.Args[0], inner)
			args = append(args, arg{st, lit, inner.Args[0]})
		default:
			return
		}
	}
}

// katarasClaims gives, for each kataras/jwt signing function, the index
// of its claims argument; its options follow the fixed parameters.
var katarasClaims = map[string]struct{ claims, opts int }{
	"Sign":                    {2, 3},
	"SignWithHeader":          {2, 4},
	"SignEncrypted":           {3, 4},
	"SignEncryptedWithHeader": {3, 5},
}

// katarasCall checks kataras/jwt: Sign whose claims and options carry no
// exp, MaxAge over the limit, and Decode used without verifying.
func (c *checker) katarasCall(call *ast.CallExpr, fn *types.Func) {
	if fn.Signature().Recv() != nil {
		return
	}
	if ix, ok := katarasClaims[fn.Name()]; ok && len(call.Args) > ix.claims {
		c.checkKatarasSign(call, ix.claims, ix.opts)
		return
	}
	switch fn.Name() {
	case "MaxAge", "MaxAgeMap":
		if len(call.Args) > 0 {
			c.checkDuration(call.Args[0])
		}
	case "Decode":
		c.checkUnverified(call, "Decode")
	}
}

// checkKatarasSign reports a kataras/jwt Sign whose options set no
// expiry (no MaxAge) and whose claims carry none.
func (c *checker) checkKatarasSign(call *ast.CallExpr, claims, opts int) {
	st, lit := c.claimsExp(call.Args[claims], call)
	if call.Ellipsis.IsValid() {
		return // options of unknown content
	}
	for _, o := range call.Args[min(opts, len(call.Args)):] {
		if !c.katarasOptionLacksExp(o) {
			return
		}
	}
	c.reportClaimsExp(st, lit, call.Args[claims], "pass jwt.MaxAge")
}

// katarasOptionLacksExp reports whether a Sign option is known to set no
// expiry: a Claims literal without Expiry. MaxAge, and anything unknown,
// may set one.
func (c *checker) katarasOptionLacksExp(o ast.Expr) bool {
	lit, _ := c.claimsLiteral(o)
	if lit == nil || !astindex.IsNamed(c.pass.TypesInfo.TypeOf(lit), katarasJWT, "Claims") {
		return false
	}
	return !c.litHasExp(lit, registered)
}

// cristalCall checks cristalhq/jwt: Builder.Build with claims that carry
// no exp, and ParseNoVerify (v3: Parse and ParseString, which only
// decode) used without verifying.
func (c *checker) cristalCall(call *ast.CallExpr, fn *types.Func) {
	switch {
	case astindex.IsMethodOf(fn, cristal, "Builder", "Build", "BuildBytes") && len(call.Args) == 1:
		st, lit := c.claimsExp(call.Args[0], call)
		c.reportClaimsExp(st, lit, call.Args[0], "")
	case astindex.IsFunc(fn, cristal, "ParseNoVerify"):
		c.checkUnverified(call, "ParseNoVerify")
	case astindex.IsFunc(fn, []string{cristalV3}, "Parse", "ParseString"):
		c.checkUnverified(call, "v3 "+fn.Name()+" (it does not verify)")
	}
}

// checkDuration reports a constant token lifetime, given as a duration,
// over the limit.
func (c *checker) checkDuration(e ast.Expr) {
	d, ok := c.constInt(e)
	if !ok {
		c.durationFrom(e, 1, e)
		return
	}
	if d > c.cfg.maxLifetime {
		c.reportLifetime(e, d)
	}
}
