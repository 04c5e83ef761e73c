package sessionstore

import (
	"go/ast"
	"go/token"
	"go/types"

	"golang.org/x/tools/go/ast/inspector"

	"github.com/statecheck/statecheck/analyzers/internal/astindex"
)

// defaultManagerFact marks a function that returns an scs session manager
// still on its default in-process memstore, so that the package calling it
// can tell whether it sets Store.
type defaultManagerFact struct{}

func (*defaultManagerFact) AFact() {}

func (*defaultManagerFact) String() string { return "returns an scs manager on the memstore" }

// scsTracker decides, for each scs.New() in the package, whether some
// code sets the manager's Store. The manager is followed through the
// places it is kept: variables, struct fields, results of functions and
// parameters of functions of this package. Each such place is an object;
// a value flowing from one to another joins them in one group
// (union-find), and a Store assignment on any member of a group covers
// every scs.New() that flows into the group.
type scsTracker struct {
	c       *checker
	parent  map[types.Object]types.Object
	sources []scsSource
	stored  map[types.Object]bool // members with a Store assignment
	escaped map[types.Object]bool // members handed to code the tracker cannot see
	// unkeyedStore is set when a Store assignment targets a manager the
	// tracker cannot name; every scs.New() is then trusted.
	unkeyedStore bool
}

// scsSource is one scs.New() (or a call of a function carrying
// defaultManagerFact) and the object its result is kept in.
type scsSource struct {
	call *ast.CallExpr
	key  types.Object // nil: used in place, never kept
	via  *types.Func  // the imported function that made it, if not scs.New
}

func newSCSTracker(c *checker) *scsTracker {
	return &scsTracker{c: c, parent: map[types.Object]types.Object{},
		stored: map[types.Object]bool{}, escaped: map[types.Object]bool{}}
}

// find returns the representative of o's group, adding o as a group of
// its own when it is new.
func (t *scsTracker) find(o types.Object) types.Object {
	for {
		p, ok := t.parent[o]
		if !ok {
			t.parent[o] = o
			return o
		}
		if p == o {
			return o
		}
		t.parent[o] = t.parent[p]
		o = p
	}
}

func (t *scsTracker) union(a, b types.Object) {
	ra, rb := t.find(a), t.find(b)
	t.parent[ra], t.parent[rb] = ra, ra
}

// isManager reports whether t is *scs.SessionManager or scs.SessionManager.
func isManager(t types.Type) bool {
	return t != nil && astindex.IsNamed(t, []string{scsPath}, "SessionManager")
}

// scan visits one expression of manager type, or one Store assignment.
func (t *scsTracker) scan(cur inspector.Cursor) {
	switch n := cur.Node().(type) {
	case *ast.AssignStmt:
		t.scanStore(n)
	case *ast.CallExpr:
		typ := t.c.pass.TypesInfo.TypeOf(n)
		if tup, ok := typ.(*types.Tuple); ok {
			t.scanTuple(cur, n, tup)
			return
		}
		if !isManager(typ) {
			return
		}
		fn := t.c.ix.Callee(n)
		switch {
		case astindex.IsFunc(fn, []string{scsPath}, "New", "NewSession"):
			t.addSource(cur, n, nil)
		case fn != nil && t.c.pass.ImportObjectFact(fn, new(defaultManagerFact)):
			t.addSource(cur, n, fn)
		case fn != nil && t.c.ix.Decl(fn) != nil:
			t.flow(cur, fn) // the result of a function of this package
		}
	case *ast.Ident, *ast.SelectorExpr:
		if !isManager(t.c.pass.TypesInfo.TypeOf(n.(ast.Expr))) {
			return
		}
		if o := t.c.ix.ObjectOf(n.(ast.Expr)); o != nil {
			t.flow(cur, o)
		}
	}
}

// scanTuple follows a manager among the results of a call with several
// (sm, err := newSessions()): into the variable on the same position of
// the assignment, from the function of this package or the imported
// function with defaultManagerFact.
func (t *scsTracker) scanTuple(cur inspector.Cursor, call *ast.CallExpr, tup *types.Tuple) {
	idx := -1
	for i := range tup.Len() {
		if isManager(tup.At(i).Type()) {
			idx = i
		}
	}
	fn := t.c.ix.Callee(call)
	if idx < 0 || fn == nil {
		return
	}
	var lhs []ast.Expr
	switch p := parentSkippingParens(cur).Node().(type) {
	case *ast.AssignStmt:
		lhs = p.Lhs
	case *ast.ValueSpec:
		for _, id := range p.Names {
			lhs = append(lhs, id)
		}
	}
	var dst types.Object
	if len(lhs) == tup.Len() {
		dst = t.c.ix.ObjectOf(lhs[idx])
	}
	switch {
	case t.c.ix.Decl(fn) != nil:
		if dst != nil {
			t.union(fn, dst)
		} else {
			t.escaped[fn] = true
			t.find(fn)
		}
	case t.c.pass.ImportObjectFact(fn, new(defaultManagerFact)) && dst != nil:
		t.find(dst)
		t.sources = append(t.sources, scsSource{call: call, key: dst, via: fn})
	}
}

// addSource records an scs.New() and where its result goes.
func (t *scsTracker) addSource(cur inspector.Cursor, call *ast.CallExpr, via *types.Func) {
	dst, escapes := t.destination(cur)
	if escapes {
		return
	}
	if dst == nil {
		// Kept nowhere: reported only when used in place
		// (scs.New().LoadAndSave(h)); other uses are trusted.
		if _, ok := parentSkippingParens(cur).Node().(*ast.SelectorExpr); !ok {
			return
		}
	}
	if dst != nil {
		t.find(dst)
	}
	t.sources = append(t.sources, scsSource{call: call, key: dst, via: via})
}

// flow joins the object held by the expression at cur with the place the
// expression's value goes.
func (t *scsTracker) flow(cur inspector.Cursor, from types.Object) {
	dst, escapes := t.destination(cur)
	switch {
	case escapes:
		t.escaped[from] = true
		t.find(from)
	case dst != nil:
		t.union(from, dst)
	}
}

// destination returns the object an expression's value is stored into,
// or escapes when it goes where the tracker cannot follow (a function of
// another package, a map, a slice, a closure's result).
func (t *scsTracker) destination(cur inspector.Cursor) (dst types.Object, escapes bool) {
	e := cur.Node().(ast.Expr)
	for {
		p, ok := cur.Parent().Node().(*ast.ParenExpr)
		if !ok {
			break
		}
		e, cur = p, cur.Parent()
	}
	ix := t.c.ix
	switch p := cur.Parent().Node().(type) {
	case *ast.AssignStmt:
		for i, r := range p.Rhs {
			if r == e && len(p.Lhs) == len(p.Rhs) {
				if o := ix.ObjectOf(p.Lhs[i]); o != nil {
					return o, false
				}
				return nil, true
			}
		}
	case *ast.ValueSpec:
		for i, v := range p.Values {
			if v == e && i < len(p.Names) {
				return t.c.pass.TypesInfo.Defs[p.Names[i]], false
			}
		}
	case *ast.KeyValueExpr:
		if p.Value == e {
			if id, ok := p.Key.(*ast.Ident); ok {
				if f, ok := t.c.pass.TypesInfo.Uses[id].(*types.Var); ok && f.IsField() {
					return f.Origin(), false
				}
			}
			return nil, true
		}
	case *ast.ReturnStmt:
		for enc := range cur.Enclosing((*ast.FuncDecl)(nil), (*ast.FuncLit)(nil)) {
			if d, ok := enc.Node().(*ast.FuncDecl); ok {
				return t.c.pass.TypesInfo.Defs[d.Name], false
			}
			return nil, true
		}
	case *ast.CallExpr:
		if p.Fun == e {
			return nil, false
		}
		return t.parameter(p, e)
	case *ast.CompositeLit, *ast.SendStmt, *ast.IndexExpr:
		return nil, true
	}
	return nil, false
}

// parameter returns the parameter of a function of this package that
// argument arg of call binds to; arguments of other functions escape.
func (t *scsTracker) parameter(call *ast.CallExpr, arg ast.Expr) (types.Object, bool) {
	fn := t.c.ix.Callee(call)
	if fn == nil || t.c.ix.Decl(fn) == nil {
		return nil, true
	}
	params := fn.Signature().Params()
	for i, a := range call.Args {
		if a != arg {
			continue
		}
		if fn.Signature().Variadic() && i >= params.Len()-1 {
			return nil, true
		}
		if i < params.Len() {
			return params.At(i), false
		}
	}
	return nil, true
}

func parentSkippingParens(cur inspector.Cursor) inspector.Cursor {
	p := cur.Parent()
	for {
		if _, ok := p.Node().(*ast.ParenExpr); !ok {
			return p
		}
		p = p.Parent()
	}
}

// scanStore records sm.Store = … on a session manager. A memstore
// assigned explicitly is reported at the assignment.
func (t *scsTracker) scanStore(as *ast.AssignStmt) {
	if as.Tok != token.ASSIGN || len(as.Lhs) != len(as.Rhs) {
		return
	}
	info := t.c.pass.TypesInfo
	for i, l := range as.Lhs {
		sel, ok := ast.Unparen(l).(*ast.SelectorExpr)
		if !ok || sel.Sel.Name != "Store" {
			continue
		}
		s := info.Selections[sel]
		if s == nil || s.Kind() != types.FieldVal || !astindex.IsNamed(s.Obj().(*types.Var).Origin().Type(), []string{scsPath}, "Store") {
			continue
		}
		key := t.managerKey(sel, s)
		if key == nil {
			t.unkeyedStore = true
		} else {
			t.stored[key] = true
			t.find(key)
		}
		if astindex.IsNamed(info.TypeOf(as.Rhs[i]), []string{scsMemstore}, "MemStore") {
			t.c.r.Reportf(sel.Pos(), as.Rhs[i].End(),
				"scs session manager Store set to the in-process memstore: sessions are lost on restart and unseen by other instances; set Store to a shared store such as redisstore")
		}
	}
}

// managerKey returns the object holding the manager whose Store field sel
// selects: the variable or field sel.X names, or, when Store is promoted
// through an embedded *scs.SessionManager, that embedded field.
func (t *scsTracker) managerKey(sel *ast.SelectorExpr, s *types.Selection) types.Object {
	path := s.Index()
	if len(path) == 1 {
		return t.c.ix.ObjectOf(sel.X)
	}
	typ := s.Recv()
	var field *types.Var
	for _, i := range path[:len(path)-1] {
		if p, ok := typ.Underlying().(*types.Pointer); ok {
			typ = p.Elem()
		}
		st, ok := typ.Underlying().(*types.Struct)
		if !ok {
			return nil
		}
		field = st.Field(i)
		typ = field.Type()
	}
	return field.Origin()
}

// finish reports, or exports as facts, the scs.New() calls whose group
// never gets a Store.
func (t *scsTracker) finish() {
	if t.unkeyedStore {
		return
	}
	groups := map[types.Object][]types.Object{}
	for o := range t.parent {
		r := t.find(o)
		groups[r] = append(groups[r], o)
	}
	covered := map[types.Object]bool{}
	for o := range t.stored {
		covered[t.find(o)] = true
	}
	for o := range t.escaped {
		covered[t.find(o)] = true
	}
	for _, src := range t.sources {
		if src.key != nil {
			root := t.find(src.key)
			if covered[root] || t.exportFacts(groups[root]) {
				continue
			}
		}
		t.report(src)
	}
}

// exportFacts handles a group other packages can reach: an exported
// function returning the manager gets defaultManagerFact, so its callers
// decide; an exported variable or field leaves the decision to code the
// analyzer cannot see. It reports whether the group is so handled.
func (t *scsTracker) exportFacts(members []types.Object) bool {
	pass := t.c.pass
	if pass.Pkg.Name() == "main" {
		return false
	}
	handled := false
	for _, o := range members {
		if !o.Exported() {
			continue
		}
		switch o := o.(type) {
		case *types.Func:
			pass.ExportObjectFact(o, new(defaultManagerFact))
			handled = true
		case *types.Var:
			if o.IsField() || o.Parent() == pass.Pkg.Scope() {
				handled = true
			}
		}
	}
	return handled
}

func (t *scsTracker) report(src scsSource) {
	what := "scs session manager"
	if src.via != nil {
		what = "scs session manager from " + src.via.Pkg().Name() + "." + src.via.Name()
	}
	t.c.r.Reportf(src.call.Pos(), src.call.End(),
		"%s uses the in-process memstore: sessions are lost on restart and unseen by other instances; set Store to a shared store such as redisstore", what)
}
