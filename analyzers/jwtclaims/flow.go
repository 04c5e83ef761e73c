package jwtclaims

import (
	"fmt"
	"go/ast"
	"go/token"
	"go/types"
	"slices"
	"strings"
	"time"

	"golang.org/x/tools/go/analysis"

	"github.com/statecheck/statecheck/analyzers/internal/astindex"
	"github.com/statecheck/statecheck/analyzers/internal/scope"
)

// A token's lifetime is often not written where the token is minted:
//
//	func issue(u User, ttl time.Duration) { ... time.Now().Add(ttl) ... }
//	issue(u, 30*24*time.Hour)
//
// or it is a configuration field with a constant default. The line to
// change is then the call or the default, so that is where the finding
// goes, with the mint as related information. Functions whose parameter
// becomes a token's lifetime are exported as facts, so a call from another
// package of the program is judged too; so are the constant defaults of
// configuration fields.

// lifetimeFact marks a function one of whose parameters (times Scale)
// becomes the lifetime of a token it mints, directly or through calls.
type lifetimeFact struct {
	Params []LifetimeParam
}

// LifetimeParam is one parameter of a lifetimeFact.
type LifetimeParam struct {
	Index int
	Scale int64  // the lifetime is the argument times Scale nanoseconds
	Mint  string // where the token is minted, file:line
}

func (*lifetimeFact) AFact() {}

func (f *lifetimeFact) String() string { return fmt.Sprintf("lifetime%v", f.Params) }

// defaultFact records the constant values a struct field of this package
// is given (composite literals, assignments, flag defaults).
type defaultFact struct {
	Values []FieldDefault
}

// FieldDefault is one constant given to a field.
type FieldDefault struct {
	Value int64
	Where string // file:line
}

func (*defaultFact) AFact() {}

func (f *defaultFact) String() string { return fmt.Sprintf("defaults%v", f.Values) }

// mintSite is where a lifetime that flows in from elsewhere ends up as exp.
type mintSite struct {
	scale int64
	pos   token.Pos // the exp expression, NoPos in another package
	where string    // file:line of the mint, for messages
}

// fieldRef is a lifetime read from a struct field.
type fieldRef struct {
	field *types.Var
	mint  mintSite
	at    ast.Expr // the mint's exp expression or the argument reading the field
}

// constSite is a constant given to a field in this package.
type constSite struct {
	value int64
	at    ast.Node
}

// flow is the per-package state of lifetime tracking.
type flow struct {
	params    map[*types.Func]map[int]mintSite
	fields    []fieldRef
	constants map[*types.Var][]constSite
	calls     []*ast.CallExpr
	imported  map[*types.Func]map[int]mintSite // facts read, memoized
}

func newFlow() *flow {
	return &flow{params: map[*types.Func]map[int]mintSite{}, constants: map[*types.Var][]constSite{},
		imported: map[*types.Func]map[int]mintSite{}}
}

// source follows a duration expression to the parameter or field it is
// read from, with the factor it is multiplied by: ttl, time.Duration(h) *
// time.Hour, cfg.TTL, a local variable given one of those.
func (c *checker) source(e ast.Expr, scale int64, depth int) (types.Object, int64) {
	if depth == 0 {
		return nil, 0
	}
	info := c.pass.TypesInfo
	switch x := ast.Unparen(e).(type) {
	case *ast.Ident:
		v, ok := info.Uses[x].(*types.Var)
		if !ok {
			return nil, 0
		}
		if _, i := c.paramIndex(x.Pos(), v); i >= 0 {
			return v, scale
		}
		if val := c.ix.LocalValue(x); val != nil {
			return c.source(val, scale, depth-1)
		}
	case *ast.SelectorExpr:
		if s := info.Selections[x]; s != nil && s.Kind() == types.FieldVal {
			return s.Obj(), scale
		}
	case *ast.CallExpr:
		if tv, ok := info.Types[x.Fun]; ok && tv.IsType() && len(x.Args) == 1 {
			return c.source(x.Args[0], scale, depth)
		}
	case *ast.BinaryExpr:
		if x.Op != token.MUL {
			return nil, 0
		}
		if k, ok := c.constInt(x.Y); ok {
			return c.source(x.X, scale*int64(k), depth)
		}
		if k, ok := c.constInt(x.X); ok {
			return c.source(x.Y, scale*int64(k), depth)
		}
	}
	return nil, 0
}

// paramIndex returns the function declared around pos and the index of v
// among its parameters, or -1.
func (c *checker) paramIndex(pos token.Pos, v *types.Var) (*types.Func, int) {
	d := c.ix.EnclosingDecl(pos)
	if d == nil {
		return nil, -1
	}
	fn, _ := c.pass.TypesInfo.Defs[d.Name].(*types.Func)
	if fn == nil {
		return nil, -1
	}
	params := fn.Signature().Params()
	for i := range params.Len() {
		if params.At(i) == v {
			return fn, i
		}
	}
	return nil, -1
}

// variableLifetime notes an exp expression whose lifetime is not constant
// here but may be read from a parameter or a field: t.Add(d) and
// t.Unix()+n, following local variables.
func (c *checker) variableLifetime(e ast.Expr) {
	var arg ast.Expr
	var scale int64 = 1
	var visit func(ast.Expr, int)
	visit = func(e ast.Expr, depth int) {
		if depth == 0 || e == nil || arg != nil {
			return
		}
		ast.Inspect(e, func(n ast.Node) bool {
			if arg != nil {
				return false
			}
			switch n := n.(type) {
			case *ast.CallExpr:
				if astindex.IsMethodOf(c.ix.Callee(n), timePkg, "Time", "Add") {
					arg = n.Args[0]
				}
			case *ast.BinaryExpr:
				if n.Op == token.ADD {
					for _, p := range [][2]ast.Expr{{n.X, n.Y}, {n.Y, n.X}} {
						if call, ok := ast.Unparen(p[0]).(*ast.CallExpr); ok && astindex.IsMethodOf(c.ix.Callee(call), timePkg, "Time", "Unix") {
							arg, scale = p[1], int64(time.Second)
						}
					}
				}
			case *ast.Ident:
				visit(c.ix.LocalValue(n), depth-1)
			}
			return arg == nil
		})
	}
	visit(e, 3)
	if arg != nil {
		c.durationFrom(arg, scale, e)
	}
}

// durationFrom notes the duration expression d (times scale) that ends up
// as the lifetime of the token minted at mint.
func (c *checker) durationFrom(d ast.Expr, scale int64, mint ast.Expr) {
	obj, k := c.source(d, scale, 3)
	if obj == nil {
		return
	}
	site := mintSite{scale: k, pos: mint.Pos(), where: c.where(mint.Pos())}
	c.noteSource(obj, site, mint)
}

// noteSource records that obj, a parameter or a field, flows into the
// lifetime of the token minted at site.
func (c *checker) noteSource(obj types.Object, site mintSite, at ast.Expr) bool {
	v, ok := obj.(*types.Var)
	if !ok {
		return false
	}
	if v.IsField() {
		for _, f := range c.flow.fields {
			if f.field == v && f.mint.pos == site.pos {
				return false
			}
		}
		c.flow.fields = append(c.flow.fields, fieldRef{field: v, mint: site, at: at})
		return true
	}
	fn, i := c.paramIndex(v.Pos(), v)
	if fn == nil {
		return false
	}
	m := c.flow.params[fn]
	if m == nil {
		m = map[int]mintSite{}
		c.flow.params[fn] = m
	}
	if _, seen := m[i]; seen {
		return false
	}
	m[i] = site
	return true
}

// where renders pos as file:line.
func (c *checker) where(pos token.Pos) string {
	p := c.pass.Fset.Position(pos)
	if !p.IsValid() {
		return ""
	}
	name := p.Filename
	if i := strings.LastIndexAny(name, `/\`); i >= 0 {
		name = name[i+1:]
	}
	return fmt.Sprintf("%s:%d", name, p.Line)
}

// noteConstant records a constant integer given to a struct field.
func (c *checker) noteConstant(field types.Object, value ast.Expr, at ast.Node) {
	v, ok := field.(*types.Var)
	if !ok || !v.IsField() {
		return
	}
	b, ok := v.Type().Underlying().(*types.Basic)
	if !ok || b.Info()&types.IsInteger == 0 {
		return
	}
	if n, ok := c.constInt(value); ok {
		c.flow.constants[v] = append(c.flow.constants[v], constSite{int64(n), at})
	}
}

// flagDefault records the default of flag.DurationVar(&cfg.TTL, …) and its
// pflag and Int counterparts: a configuration field's constant default.
func (c *checker) flagDefault(call *ast.CallExpr, fn *types.Func) {
	if fn.Pkg() == nil || fn.Signature().Recv() != nil && astindex.NamedName(fn.Signature().Recv().Type()) != "FlagSet" {
		return
	}
	switch fn.Pkg().Path() {
	case "flag", "github.com/spf13/pflag":
	default:
		return
	}
	vi := 2
	switch fn.Name() {
	case "DurationVar", "IntVar", "Int64Var":
	case "DurationVarP", "IntVarP", "Int64VarP":
		vi = 3
	default:
		return
	}
	if len(call.Args) <= vi {
		return
	}
	u, ok := ast.Unparen(call.Args[0]).(*ast.UnaryExpr)
	if !ok || u.Op != token.AND {
		return
	}
	if sel, ok := ast.Unparen(u.X).(*ast.SelectorExpr); ok {
		c.noteConstant(c.ix.ObjectOf(sel), call.Args[vi], call.Args[vi])
	}
}

// resolveFlow runs once the package is walked: it carries lifetimes from
// the functions that mint to their callers until nothing changes, reports
// constant arguments and field defaults over the limit, and exports the
// facts other packages need.
func (c *checker) resolveFlow() {
	for grew := true; grew; {
		grew = false
		for _, call := range c.flow.calls {
			callee := c.ix.Callee(call)
			for i, site := range c.lifetimeParams(callee) {
				if i >= len(call.Args) || call.Ellipsis.IsValid() && i == len(call.Args)-1 {
					continue
				}
				if obj, k := c.source(call.Args[i], site.scale, 3); obj != nil {
					s := site
					s.scale = k
					grew = c.noteSource(obj, s, call.Args[i]) || grew
				}
			}
		}
	}
	for _, call := range c.flow.calls {
		callee := c.ix.Callee(call)
		for i, site := range c.lifetimeParams(callee) {
			if i >= len(call.Args) {
				continue
			}
			if n, ok := c.constInt(call.Args[i]); ok {
				c.reportFlow(call.Args[i], time.Duration(int64(n)*site.scale), site,
					fmt.Sprintf("passed to %s, which mints a token with it", callee.Name()), callee)
			}
		}
	}
	c.reportDefaults()
	c.exportFlowFacts()
}

// lifetimeParams returns the lifetime parameters of fn: computed here for
// a function of this package, from its fact otherwise.
func (c *checker) lifetimeParams(fn *types.Func) map[int]mintSite {
	if fn == nil {
		return nil
	}
	fn = fn.Origin()
	if fn.Pkg() == c.pass.Pkg {
		return c.flow.params[fn]
	}
	if m, ok := c.flow.imported[fn]; ok {
		return m
	}
	var f lifetimeFact
	var m map[int]mintSite
	if fn.Pkg() != nil && c.pass.ImportObjectFact(fn, &f) {
		m = map[int]mintSite{}
		for _, p := range f.Params {
			m[p.Index] = mintSite{scale: p.Scale, where: p.Mint}
		}
	}
	c.flow.imported[fn] = m
	return m
}

// reportDefaults reports the constant defaults of fields read as token
// lifetimes: at the default when it is in this package, else at the mint.
func (c *checker) reportDefaults() {
	for _, ref := range c.flow.fields {
		name := ref.field.Name()
		if ref.field.Origin().Pkg() != nil {
			if owner := fieldOwner(ref.field); owner != "" {
				name = owner + "." + name
			}
		}
		if sites, ok := c.flow.constants[ref.field]; ok {
			for _, s := range sites {
				c.reportFlow(s.at, time.Duration(s.value*ref.mint.scale), ref.mint,
					"the value of "+name+", which becomes a token's lifetime", nil)
			}
			continue
		}
		var f defaultFact
		if ref.field.Pkg() == c.pass.Pkg || !c.pass.ImportObjectFact(ref.field, &f) {
			continue
		}
		for _, v := range f.Values {
			c.reportFlow(ref.at, time.Duration(v.Value*ref.mint.scale), ref.mint,
				fmt.Sprintf("from the default of %s (%s)", name, v.Where), nil)
		}
	}
}

// fieldOwner names the struct type that declares field v, or "".
func fieldOwner(v *types.Var) string {
	if v.Pkg() == nil {
		return ""
	}
	scope := v.Pkg().Scope()
	for _, n := range scope.Names() {
		tn, ok := scope.Lookup(n).(*types.TypeName)
		if !ok {
			continue
		}
		if st, ok := tn.Type().Underlying().(*types.Struct); ok {
			for f := range st.Fields() {
				if f == v {
					return tn.Name()
				}
			}
		}
	}
	return ""
}

// reportFlow reports a lifetime d over the limit given at at, which reaches
// the mint at site; callee, when the mint is in another package, is where
// the related information points.
func (c *checker) reportFlow(at ast.Node, d time.Duration, site mintSite, how string, callee *types.Func) {
	if d <= c.cfg.maxLifetime {
		return
	}
	diag := analysis.Diagnostic{
		Pos:      at.Pos(),
		End:      at.End(),
		Category: c.lifetimeCategory(d),
		Message: fmt.Sprintf("jwt lifetime %v exceeds %v: %s; a leaked token stays valid that long and only shared state could revoke it; issue short-lived tokens and refresh them from a store",
			d, c.cfg.maxLifetime, how),
	}
	switch {
	case site.pos.IsValid():
		diag.Related = []analysis.RelatedInformation{{Pos: site.pos, End: site.pos, Message: "the token's exp is set here"}}
	case callee != nil && callee.Pos().IsValid():
		diag.Related = []analysis.RelatedInformation{{Pos: callee.Pos(), End: callee.Pos(), Message: "mints the token at " + site.where}}
	}
	c.report(diag)
}

// exportFlowFacts exports the lifetime parameters of exported functions
// and the constant defaults of fields, for the program's other packages.
// Only the user's code: its dependencies are not checked.
func (c *checker) exportFlowFacts() {
	if c.pass.Pkg.Name() == "main" || !scope.UserCode(c.pass) {
		return
	}
	for fn, m := range c.flow.params {
		if !fn.Exported() {
			continue
		}
		var f lifetimeFact
		for i, s := range m {
			f.Params = append(f.Params, LifetimeParam{Index: i, Scale: s.scale, Mint: s.where})
		}
		slices.SortFunc(f.Params, func(a, b LifetimeParam) int { return a.Index - b.Index })
		c.pass.ExportObjectFact(fn, &f)
	}
	for v, sites := range c.flow.constants {
		if v.Pkg() != c.pass.Pkg || !v.Exported() || !durationLike(v) {
			continue
		}
		var f defaultFact
		for _, s := range sites {
			f.Values = append(f.Values, FieldDefault{Value: s.value, Where: c.where(s.at.Pos())})
		}
		c.pass.ExportObjectFact(v, &f)
	}
}

// durationLike reports whether a field may hold a token lifetime: a
// time.Duration, or an integer named like one (TokenExpireHours, TTL).
// Only those are exported: every other integer field stays local.
func durationLike(v *types.Var) bool {
	if astindex.IsNamed(v.Type(), timePkg, "Duration") {
		return true
	}
	n := strings.ToLower(v.Name())
	for _, w := range []string{"ttl", "expir", "lifetime", "duration", "hour", "minute", "day", "second", "age", "timeout", "exp"} {
		if strings.Contains(n, w) {
			return true
		}
	}
	return false
}
