package jwtclaims

import (
	_ "embed"
	"go/ast"
	"go/token"
	"go/types"
	"time"

	"golang.org/x/tools/go/analysis"

	"github.com/statecheck/statecheck/analyzers/internal/doc"
	"github.com/statecheck/statecheck/analyzers/internal/report"
)

//go:embed doc.go
var docText string

const name = "jwtclaims"

// Analyzer reports JWTs minted without exp or with a lifetime over
// -maxlifetime, claims named like secrets, and parsing that skips expiry or
// lets the token choose its signing method.
var Analyzer = newAnalyzer()

// config is the analyzer's settings; each is a flag of Analyzer.Flags, so
// every driver sets them the same way.
type config struct {
	maxLifetime time.Duration
	secretWords wordList
}

func newAnalyzer() *analysis.Analyzer {
	cfg := &config{maxLifetime: 24 * time.Hour}
	if err := cfg.secretWords.Set(defaultSecretWords); err != nil {
		panic(err)
	}
	a := &analysis.Analyzer{
		Name: name,
		Doc:  doc.MustExtract(docText, name),
		URL:  doc.URL(name),
		Run:  cfg.run,
	}
	a.Flags.DurationVar(&cfg.maxLifetime, "maxlifetime", cfg.maxLifetime,
		"longest exp a minted token may have, read from constant durations")
	a.Flags.Var(&cfg.secretWords, "secretwords",
		"comma-separated words and phrases that mark a claim as a secret")
	return a
}

// checker holds one run's state.
type checker struct {
	cfg        *config
	ix         *index
	r          *report.Reporter
	parserSeen map[*ast.CallExpr]bool // NewParser calls already reported
}

func (cfg *config) run(pass *analysis.Pass) (any, error) {
	r := report.New(pass)
	defer r.Finish()
	if !importsJWT(pass.Pkg) {
		return nil, nil
	}
	c := &checker{cfg: cfg, ix: newIndex(pass), r: r, parserSeen: map[*ast.CallExpr]bool{}}
	for _, f := range c.ix.files {
		ast.Inspect(f, c.visit)
	}
	return nil, nil
}

// importsJWT is the cheap early exit: a package that imports none of the
// JWT libraries has nothing to report.
func importsJWT(pkg *types.Package) bool {
	for _, imp := range pkg.Imports() {
		switch imp.Path() {
		case jwtV4, jwtV5, jwxJWT:
			return true
		}
	}
	return false
}

// visit dispatches each node to the rules that apply to it.
func (c *checker) visit(n ast.Node) bool {
	switch n := n.(type) {
	case *ast.CallExpr:
		c.visitCall(n)
	case *ast.CompositeLit:
		c.visitLit(n)
	case *ast.AssignStmt:
		c.visitAssign(n)
	case *ast.TypeSpec:
		c.checkClaimsType(n)
	}
	return true
}

// visitCall checks the calls that mint, configure or parse tokens.
func (c *checker) visitCall(call *ast.CallExpr) {
	fn := c.ix.callee(call)
	if fn == nil || fn.Pkg() == nil {
		return
	}
	switch path := fn.Pkg().Path(); {
	case isGolangJWT(path):
		c.golangJWTCall(call, fn)
	case path == jwxJWT:
		c.jwxCall(call, fn)
	}
}

func (c *checker) golangJWTCall(call *ast.CallExpr, fn *types.Func) {
	switch {
	case isFunc(fn, "NewWithClaims", jwtV4, jwtV5):
		c.checkNewWithClaims(call)
	case isFunc(fn, "New", jwtV4, jwtV5):
		c.checkNew(call)
	case isFunc(fn, "Parse", jwtV4, jwtV5), isFunc(fn, "ParseWithClaims", jwtV4, jwtV5):
		c.checkGolangJWTParse(call, fn)
	case isMethod(fn, "Parser", "Parse", jwtV4, jwtV5), isMethod(fn, "Parser", "ParseWithClaims", jwtV4, jwtV5):
		c.checkParserMethod(call, fn)
	case isMethod(fn, "Parser", "ParseUnverified", jwtV4, jwtV5):
		c.checkUnverified(call, "ParseUnverified")
	case isFunc(fn, "WithoutClaimsValidation", jwtV4, jwtV5):
		c.reportSkip(call, "WithoutClaimsValidation")
	}
}

func (c *checker) jwxCall(call *ast.CallExpr, fn *types.Func) {
	switch {
	case isMethod(fn, "Builder", "Build", jwxJWT):
		c.checkBuild(call)
	case isFunc(fn, "New", jwxJWT):
		c.checkJWXNew(call)
	case isFunc(fn, "ParseInsecure", jwxJWT):
		c.checkUnverified(call, "ParseInsecure")
	case fn.Signature().Recv() == nil && jwxParsers[fn.Name()] > 0:
		c.checkJWXParse(call, jwxParsers[fn.Name()])
	case isFunc(fn, "WithValidate", jwxJWT):
		if v, ok := c.ix.constBool(call.Args[0]); ok && !v {
			c.reportSkip(call, "WithValidate(false)")
		}
	case isFunc(fn, "WithVerify", jwxJWT):
		if v, ok := c.ix.constBool(call.Args[0]); ok && !v {
			c.r.Reportf(call.Pos(), call.End(),
				"jwt signature verification is disabled: anyone can forge a token; remove WithVerify(false)")
		}
	case isMethod(fn, "Builder", "Expiration", jwxJWT):
		c.checkExpValue(call.Args[0])
	case isMethod(fn, "Builder", "Claim", jwxJWT), isMethod(fn, "Token", "Set", jwxJWT):
		c.jwxClaim(call.Args[0], call.Args[1])
	}
}

// jwxClaim checks one claim set through Builder.Claim or Token.Set.
func (c *checker) jwxClaim(key, value ast.Expr) {
	k, ok := c.ix.constString(key)
	if !ok {
		return
	}
	if k == "exp" {
		c.checkExpValue(value)
		return
	}
	if secretType(c.ix.pass.TypesInfo.TypeOf(value)) {
		c.reportSecret(key, k, k)
	}
}

// reportSkip reports an option that turns claims validation off.
func (c *checker) reportSkip(at ast.Node, what string) {
	c.r.Reportf(at.Pos(), at.End(),
		"jwt claims validation is disabled by %s: expired tokens are accepted; remove it", what)
}

// visitLit checks claims written as literals: MapClaims keys and values,
// the ExpiresAt of registered claims, and v4's Parser{SkipClaimsValidation}.
func (c *checker) visitLit(lit *ast.CompositeLit) {
	t := c.ix.pass.TypesInfo.TypeOf(lit)
	switch {
	case isNamed(t, "MapClaims", jwtV4, jwtV5):
		for _, elt := range lit.Elts {
			if kv, ok := elt.(*ast.KeyValueExpr); ok {
				c.mapClaim(kv.Key, kv.Value)
			}
		}
	case isRegistered(t):
		for _, elt := range lit.Elts {
			if kv, ok := elt.(*ast.KeyValueExpr); ok && isIdent(kv.Key, "ExpiresAt") {
				c.checkExpValue(kv.Value)
			}
		}
	case isNamed(t, "Parser", jwtV4):
		for _, elt := range lit.Elts {
			if kv, ok := elt.(*ast.KeyValueExpr); ok && isIdent(kv.Key, "SkipClaimsValidation") {
				if v, ok := c.ix.constBool(kv.Value); !ok || v {
					c.reportSkip(kv, "SkipClaimsValidation")
				}
			}
		}
	}
}

// mapClaim checks one MapClaims entry.
func (c *checker) mapClaim(key, value ast.Expr) {
	k, ok := c.ix.constString(key)
	if !ok {
		return
	}
	if k == "exp" {
		c.checkExpValue(value)
		return
	}
	if secretType(c.ix.pass.TypesInfo.TypeOf(value)) {
		c.reportSecret(key, k, k)
	}
}

// visitAssign checks claims stored after the fact: claims["k"] = v,
// claims.ExpiresAt = v, parser.SkipClaimsValidation = true.
func (c *checker) visitAssign(as *ast.AssignStmt) {
	if as.Tok != token.ASSIGN || len(as.Lhs) != len(as.Rhs) {
		return
	}
	info := c.ix.pass.TypesInfo
	for i, l := range as.Lhs {
		switch l := ast.Unparen(l).(type) {
		case *ast.IndexExpr:
			if isNamed(info.TypeOf(l.X), "MapClaims", jwtV4, jwtV5) {
				c.mapClaim(l.Index, as.Rhs[i])
			}
		case *ast.SelectorExpr:
			f, ok := c.ix.objOf(l).(*types.Var)
			if !ok || !isGolangJWT(pkgPath(f)) {
				continue
			}
			switch f.Name() {
			case "ExpiresAt":
				c.checkExpValue(as.Rhs[i])
			case "SkipClaimsValidation":
				if v, ok := c.ix.constBool(as.Rhs[i]); !ok || v {
					c.reportSkip(as, "SkipClaimsValidation")
				}
			}
		}
	}
}

func isIdent(e ast.Expr, name string) bool {
	id, ok := e.(*ast.Ident)
	return ok && id.Name == name
}
