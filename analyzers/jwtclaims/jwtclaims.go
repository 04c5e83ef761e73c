package jwtclaims

import (
	_ "embed"
	"go/ast"
	"go/token"
	"go/types"
	"slices"
	"time"

	"golang.org/x/tools/go/analysis"

	"github.com/statecheck/statecheck/analyzers/internal/astindex"
	"github.com/statecheck/statecheck/analyzers/internal/doc"
	"github.com/statecheck/statecheck/analyzers/internal/report"
	"github.com/statecheck/statecheck/analyzers/internal/scope"
	"github.com/statecheck/statecheck/analyzers/internal/words"
)

//go:embed doc.go
var docText string

const name = "jwtclaims"

// Analyzer reports JWTs minted without exp or with a lifetime over
// -maxlifetime, claims named like secrets, and parsing that skips expiry or
// lets the token choose its signing method.
var Analyzer = newAnalyzer()

// The categories of findings whose severity differs from the check's
// (error): statecheck reads a diagnostic's Category, which go vet -json
// carries, and the check's table in package analyzers gives each its
// level.
const (
	// CategoryLifetime is a lifetime over -maxlifetime by at most twice
	// it: a policy line crossed, reported as a warning. Beyond twice the
	// limit a token lives as good as forever, and the finding has no
	// category: an error, like a token without exp.
	CategoryLifetime = "lifetime"
	// CategoryStrict is a finding of the -strict rules, hygiene rather
	// than a bug: a warning.
	CategoryStrict = "strict"
)

// report reports d. A diagnostic with a category names the check's URL
// itself: drivers that show URLs (gopls) otherwise make the category the
// URL's fragment, which for this check's README section would point at no
// section.
func (c *checker) report(d analysis.Diagnostic) {
	if d.Category != "" && d.URL == "" {
		d.URL = doc.URL(name)
	}
	c.r.Report(d)
}

// config is the analyzer's settings; each is a flag of Analyzer.Flags, so
// every driver sets them the same way.
type config struct {
	maxLifetime time.Duration
	secretWords words.List
	strict      bool
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

		FactTypes: []analysis.Fact{new(lifetimeFact), new(defaultFact), new(verifiesFact), new(peeksFact), new(ownTokenFact)},
	}
	a.Flags.DurationVar(&cfg.maxLifetime, "maxlifetime", cfg.maxLifetime,
		"longest exp a minted token may have, read from constant durations")
	a.Flags.Var(&cfg.secretWords, "secretwords",
		"comma-separated words and phrases that mark a claim as a secret")
	a.Flags.BoolVar(&cfg.strict, "strict", false,
		"also report parsing without WithExpirationRequired (jwx: WithRequiredClaim(\"exp\")) and without pinned signing methods")
	return a
}

// checker holds one run's state.
type checker struct {
	cfg        *config
	pass       *analysis.Pass
	ix         *astindex.Index
	r          *report.Reporter
	parserSeen map[*ast.CallExpr]bool // NewParser calls already reported
	// typeSpecs are the package's type declarations, and minted the types
	// of claims handed to a minting call: both are checked for secret
	// fields once the walk is done.
	typeSpecs map[*types.TypeName]*ast.TypeSpec
	minted    map[*types.TypeName]bool
	noExpSeen map[*types.TypeName]bool // claims types reported as having no exp
	flow      *flow
	peek      *peekIndex // built when the first unverified parse is checked
	helpers   map[*types.Func]peekHelper
}

func (cfg *config) run(pass *analysis.Pass) (any, error) {
	r := report.New(pass)
	defer r.Finish()
	if !importsJWT(pass.Pkg) && !scope.UserCode(pass) {
		// A dependency that does not mint tokens: the user's own
		// packages are walked even so, for the lifetimes and defaults
		// they pass to the code that mints.
		return nil, nil
	}
	ix := astindex.New(pass.Fset, pass.Files, pass.TypesInfo, astindex.Options{RangeStores: true, LiteralFields: true})
	c := &checker{cfg: cfg, pass: pass, ix: ix, r: r, parserSeen: map[*ast.CallExpr]bool{},
		typeSpecs: map[*types.TypeName]*ast.TypeSpec{}, minted: map[*types.TypeName]bool{}, noExpSeen: map[*types.TypeName]bool{},
		flow: newFlow(), helpers: map[*types.Func]peekHelper{}}
	for _, f := range c.ix.Files() {
		ast.Inspect(f, c.visit)
	}
	c.checkClaimsTypes()
	c.resolveFlow()
	c.checkHelperCalls()
	c.exportVerifies()
	c.exportHelpers()
	return nil, nil
}

// importsJWT is the cheap early exit: a package that imports none of the
// JWT libraries has nothing to report.
func importsJWT(pkg *types.Package) bool {
	for _, imp := range pkg.Imports() {
		if knownPath(imp.Path()) {
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
		if tn, ok := c.pass.TypesInfo.Defs[n.Name].(*types.TypeName); ok {
			c.typeSpecs[tn] = n
		}
	}
	return true
}

// visitCall checks the calls that mint, configure or parse tokens.
func (c *checker) visitCall(call *ast.CallExpr) {
	fn := c.ix.Callee(call)
	if fn == nil || fn.Pkg() == nil {
		return
	}
	c.flow.calls = append(c.flow.calls, call)
	c.flagDefault(call, fn)
	switch path := fn.Pkg().Path(); {
	case isGolangJWT(path):
		c.golangJWTCall(call, fn)
	case slices.Contains(jwx, path):
		c.jwxCall(call, fn)
	case slices.Contains(jose, path):
		c.joseCall(call, fn)
	case path == kataras:
		c.katarasCall(call, fn)
	case slices.Contains(cristal, path):
		c.cristalCall(call, fn)
	}
}

func (c *checker) golangJWTCall(call *ast.CallExpr, fn *types.Func) {
	switch {
	case astindex.IsFunc(fn, golangJWT, "NewWithClaims"):
		c.checkNewWithClaims(call)
	case astindex.IsFunc(fn, golangJWT, "New"):
		c.checkNew(call)
	case astindex.IsFunc(fn, golangJWT, "Parse", "ParseWithClaims"):
		c.checkGolangJWTParse(call, fn)
	case astindex.IsMethodOf(fn, golangJWT, "Parser", "Parse", "ParseWithClaims"):
		c.checkParserMethod(call, fn)
	case astindex.IsMethodOf(fn, golangJWT, "Parser", "ParseUnverified"):
		c.checkUnverified(call, "ParseUnverified")
	case astindex.IsFunc(fn, golangJWT, "WithoutClaimsValidation"):
		c.reportSkip(call, "WithoutClaimsValidation")
	}
}

func (c *checker) jwxCall(call *ast.CallExpr, fn *types.Func) {
	switch {
	case astindex.IsMethodOf(fn, jwx, "Builder", "Build"):
		c.checkBuild(call)
	case astindex.IsFunc(fn, jwx, "New"):
		c.checkJWXNew(call)
	case astindex.IsFunc(fn, jwx, "ParseInsecure"):
		c.checkUnverified(call, "ParseInsecure")
	case fn.Signature().Recv() == nil && jwxParsers[fn.Name()] > 0 && pkgPath(fn) == jwxV1:
		c.checkJWXV1Parse(call, jwxParsers[fn.Name()])
	case fn.Signature().Recv() == nil && jwxParsers[fn.Name()] > 0:
		c.checkJWXParse(call, jwxParsers[fn.Name()])
	case astindex.IsFunc(fn, jwx, "WithValidate"):
		if v, ok := c.ix.ConstBool(call.Args[0]); ok && !v {
			c.reportSkip(call, "WithValidate(false)")
		}
	case astindex.IsFunc(fn, jwxStrict, "WithVerify"):
		if v, ok := c.ix.ConstBool(call.Args[0]); ok && !v && !c.asClient(call) {
			c.r.Reportf(call.Pos(), call.End(),
				"jwt signature verification is disabled: anyone can forge a token; remove WithVerify(false)")
		}
	case astindex.IsMethodOf(fn, jwx, "Builder", "Expiration"):
		c.checkExpValue(call.Args[0])
	case astindex.IsMethodOf(fn, jwx, "Builder", "Claim"), astindex.IsMethodOf(fn, jwx, "Token", "Set"):
		c.jwxClaim(call.Args[0], call.Args[1])
	}
}

// jwxClaim checks one claim set through Builder.Claim or Token.Set, as
// a MapClaims entry is checked.
func (c *checker) jwxClaim(key, value ast.Expr) { c.mapClaim(key, value) }

// reportSkip reports an option that turns claims validation off.
func (c *checker) reportSkip(at ast.Node, what string) {
	if c.asClient(at) {
		return
	}
	c.r.Reportf(at.Pos(), at.End(),
		"jwt claims validation is disabled by %s: expired tokens are accepted; remove it", what)
}

// visitLit checks claims written as literals: MapClaims keys and values,
// the ExpiresAt of registered claims, and v4's Parser{SkipClaimsValidation}.
func (c *checker) visitLit(lit *ast.CompositeLit) {
	t := c.pass.TypesInfo.TypeOf(lit)
	if t != nil && isStruct(t) {
		for _, elt := range lit.Elts {
			if kv, ok := elt.(*ast.KeyValueExpr); ok {
				if id, ok := kv.Key.(*ast.Ident); ok {
					c.noteConstant(c.pass.TypesInfo.Uses[id], kv.Value, kv.Value)
				}
			}
		}
	}
	switch {
	case astindex.IsNamed(t, golangJWT, "MapClaims"):
		for _, elt := range lit.Elts {
			if kv, ok := elt.(*ast.KeyValueExpr); ok {
				c.mapClaim(kv.Key, kv.Value)
			}
		}
	case expFieldOf(t) != "":
		exp := expFieldOf(t)
		for _, elt := range lit.Elts {
			if kv, ok := elt.(*ast.KeyValueExpr); ok && isIdent(kv.Key, exp) {
				c.checkExpValue(kv.Value)
			}
		}
	case astindex.IsNamed(t, legacyJWT, "Parser"):
		for _, elt := range lit.Elts {
			if kv, ok := elt.(*ast.KeyValueExpr); ok && isIdent(kv.Key, "SkipClaimsValidation") {
				if v, ok := c.ix.ConstBool(kv.Value); !ok || v {
					c.reportSkip(kv, "SkipClaimsValidation")
				}
			}
		}
	}
}

// mapClaim checks one MapClaims entry.
func (c *checker) mapClaim(key, value ast.Expr) {
	k, ok := c.ix.ConstString(key)
	if !ok {
		return
	}
	if k == "exp" {
		c.checkExpValue(value)
		return
	}
	if secretType(c.pass.TypesInfo.TypeOf(value)) {
		c.reportSecret(key, k, k)
	}
}

// visitAssign checks claims stored after the fact: claims["k"] = v,
// claims.ExpiresAt = v, parser.SkipClaimsValidation = true.
func (c *checker) visitAssign(as *ast.AssignStmt) {
	if as.Tok != token.ASSIGN || len(as.Lhs) != len(as.Rhs) {
		return
	}
	info := c.pass.TypesInfo
	for i, l := range as.Lhs {
		switch l := ast.Unparen(l).(type) {
		case *ast.IndexExpr:
			if astindex.IsNamed(info.TypeOf(l.X), golangJWT, "MapClaims") {
				c.mapClaim(l.Index, as.Rhs[i])
			}
		case *ast.SelectorExpr:
			f, ok := c.ix.ObjectOf(l).(*types.Var)
			if !ok {
				continue
			}
			c.noteConstant(f, as.Rhs[i], as.Rhs[i])
			switch {
			case isExpField(f):
				c.checkExpValue(as.Rhs[i])
			case f.Name() == "SkipClaimsValidation" && isGolangJWT(pkgPath(f)):
				if v, ok := c.ix.ConstBool(as.Rhs[i]); !ok || v {
					c.reportSkip(as, "SkipClaimsValidation")
				}
			}
		}
	}
}

func isStruct(t types.Type) bool {
	_, ok := t.Underlying().(*types.Struct)
	return ok
}

func isIdent(e ast.Expr, name string) bool {
	id, ok := e.(*ast.Ident)
	return ok && id.Name == name
}
