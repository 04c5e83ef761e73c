// Package effects summarizes, for every function of the user's code, the
// in-process state it writes: package-level variables, memory reachable
// from its parameters (the receiver first), and variables a closure
// captures. It reports nothing; the check analyzers read its summaries.
//
// Summaries are built bottom-up on SSA. A static call composes the
// callee's summary, binding the callee's parameters to the caller's
// arguments, so that store.Save(s.sessions, id, v) is seen as a write of
// s.sessions. Callees in other packages contribute through Summary facts;
// libraries contribute only the calls package model lists as mutations.
// Interface calls and calls of function values are not followed here: the
// summaries under-approximate, which keeps the checks quiet rather than
// wrong. Package entry makes request paths of what they reach instead:
// the implementations wired behind the user's interfaces and the function
// values handlers call; an implementation's method is then summarized like
// any handler, and a factory's ImplSummary fact carries the summaries of
// the methods of the type it returns to the packages that call it. The
// body of a range-over-func loop, which go/ssa hands to the iterator as a
// closure, is composed into the function it is written in (rangefunc.go).
//
// The walk that builds the summaries also notes what three checks need
// beyond them (walk.go): which handlers receive a copy of the request
// (copies.go, for tempfile), where local stores are opened and closures
// made (openings.go, for diskwrite), and which functions each function
// calls or takes as values and which types it allocates on the heap
// (Result.UsesOf, for fieldstate's request-scoped types). The package's
// instructions are walked once, here; the checks read the Result.
package effects

import (
	"go/constant"
	"go/token"
	"go/types"
	"reflect"
	"slices"
	"sync"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/ssa"

	"github.com/statecheck/statecheck/analyzers/internal/directive"
	"github.com/statecheck/statecheck/analyzers/internal/entry"
	"github.com/statecheck/statecheck/analyzers/internal/model"
	"github.com/statecheck/statecheck/analyzers/internal/settings"
	"github.com/statecheck/statecheck/analyzers/internal/ssabuild"
	"github.com/statecheck/statecheck/internal/failure"
)

// Limits that keep summaries, and so facts, small. A summary that
// reaches MaxEffects counts what it drops (see Dropped), so that the
// checks can say so rather than lose findings silently.
const (
	// MaxEffects is the most state writes, and apart from them the most
	// resource effects, one function's summary keeps.
	MaxEffects = 32
	maxChain   = 6 // functions named in one effect's chain
)

// Analyzer computes the summaries; its result is a *Result.
var Analyzer = &analysis.Analyzer{
	Name:       "statecheckeffects",
	Doc:        "summarize the in-process state each function writes, for statecheck",
	Run:        run,
	Requires:   []*analysis.Analyzer{ssabuild.Analyzer, entry.Analyzer},
	ResultType: reflect.TypeFor[*Result](),
	FactTypes:  []analysis.Fact{new(Summary), new(CacheVar), new(ImplSummary), new(copiesRequest)},
}

// Result gives the summaries of the package's functions and of imported
// functions. The checks that read it run at the same time, and a summary
// not yet computed, or an imported one not yet read, is computed and
// cached on demand: mu serializes that.
type Result struct {
	mu sync.Mutex
	s  *summarizer
}

// Of returns the summary of fn, a function of the package being analyzed
// (closures included). Effects are in no particular order but deterministic.
func (r *Result) Of(fn *ssa.Function) []Effect {
	r.mu.Lock()
	defer r.mu.Unlock()
	if r.s == nil {
		return nil
	}
	return r.s.summary(fn)
}

// DroppedOf returns what the summary of fn, a function of the package
// being analyzed, had no room for, itself or in the callees it composes.
func (r *Result) DroppedOf(fn *ssa.Function) Dropped {
	r.mu.Lock()
	defer r.mu.Unlock()
	if r.s == nil {
		return Dropped{}
	}
	return r.s.droppedOf(fn)
}

// ImportedDropped returns what the summary of fn, a function of another
// package, had no room for, as its package exported it.
func (r *Result) ImportedDropped(fn *types.Func) Dropped {
	r.mu.Lock()
	defer r.mu.Unlock()
	if r.s == nil {
		return Dropped{}
	}
	return r.s.importedSummary(fn).Dropped
}

// Stats counts the summaries of the package's functions that reached the
// limit, and the effects they dropped themselves (not those they
// inherited from callees, which their callees count).
func (r *Result) Stats() (functions int, dropped Dropped) {
	r.mu.Lock()
	defer r.mu.Unlock()
	if r.s == nil {
		return 0, Dropped{}
	}
	for _, d := range r.s.own {
		functions++
		dropped = dropped.plus(d)
	}
	return functions, dropped
}

// Imported returns the summary of fn, a function of another package, as
// its package exported it.
func (r *Result) Imported(fn *types.Func) []Effect {
	r.mu.Lock()
	defer r.mu.Unlock()
	if r.s == nil {
		return nil
	}
	effs := slices.Clone(r.s.imported(fn))
	for i := range effs {
		effs[i].remote = true
	}
	return effs
}

func run(pass *analysis.Pass) (any, error) {
	built := pass.ResultOf[ssabuild.Analyzer].(*ssabuild.SSA)
	if built == nil {
		return &Result{}, nil
	}
	s := &summarizer{
		pass:   pass,
		cache:  map[*types.Var]bool{},
		sums:   map[*ssa.Function][]Effect{},
		drops:  map[*ssa.Function]Dropped{},
		own:    map[*ssa.Function]Dropped{},
		busy:   map[*ssa.Function]bool{},
		guards: map[*ssa.Function][]zeroGuard{},
		rets:   map[*ssa.Function][]ReturnTarget{},
		phis:   map[*ssa.Phi]*phiResolution{},
		facts:  map[*types.Func]*Summary{},
		notes:  map[*ssa.Function]*noted{},
		walked: map[*ssa.Function]bool{},
		madeAt: map[*ssa.Function]*ssa.MakeClosure{},
	}
	for _, f := range pass.Files {
		decls, _ := directive.CacheDecls(f, pass.TypesInfo)
		for v, reason := range decls {
			s.cache[v] = true
			if v.Pkg() == pass.Pkg && (v.Parent() == pass.Pkg.Scope() || v.IsField()) {
				pass.ExportObjectFact(v, &CacheVar{Reason: reason})
			}
		}
	}
	for _, fn := range built.SrcFuncs {
		effs := s.summary(fn)
		obj, ok := fn.Object().(*types.Func)
		if !ok || !exportable(obj) {
			continue
		}
		var out []Effect
		for _, e := range effs {
			if e.Target.Root != FreeVar {
				out = append(out, e)
			}
		}
		rets := s.returns(fn)
		dropped := s.drops[fn]
		if len(out) > 0 || len(rets) > 0 || !dropped.zero() {
			pass.ExportObjectFact(obj, &Summary{Effects: out, Returns: rets, Dropped: dropped})
		}
	}
	s.exportImpls(built.Pkg.Prog, pass.ResultOf[entry.Analyzer].(*entry.Result).Factories)
	s.copies = s.findCopies(built.Pkg.Prog, built.SrcFuncs)
	s.gatherOpenings(built.SrcFuncs)
	return &Result{s: s}, nil
}

// exportable reports whether other packages can call fn directly, and so
// need its summary: exported functions, and exported methods of any type.
func exportable(fn *types.Func) bool {
	return fn.Exported()
}

type summarizer struct {
	pass  *analysis.Pass
	cache map[*types.Var]bool // variables and fields declared //statecheck:cache here
	sums  map[*ssa.Function][]Effect
	// drops counts what each summary dropped, itself or in its callees;
	// own only what it dropped itself, for functions that dropped any.
	drops map[*ssa.Function]Dropped
	own   map[*ssa.Function]Dropped
	busy  map[*ssa.Function]bool // summaries under construction: recursion
	// rets caches the results of each function that denote long-lived
	// memory; an entry under construction is nil.
	rets map[*ssa.Function][]ReturnTarget
	// guards caches each function's branches on zero values.
	guards map[*ssa.Function][]zeroGuard
	phis   map[*ssa.Phi]*phiResolution
	// facts caches the imported summaries, chains qualified.
	facts map[*types.Func]*Summary
	// notes, walked and madeAt are what the walk noted for the checks
	// beyond summaries (walk.go).
	notes  map[*ssa.Function]*noted
	walked map[*ssa.Function]bool
	madeAt map[*ssa.Function]*ssa.MakeClosure
	// operands is the walk's buffer for an instruction's operands.
	operands []*ssa.Value
	// copies are the handlers behind a copy of the request (copies.go).
	copies *Copies
	// openings are the local stores the package opens (openings.go).
	openings []OpenedStore
}

// summary computes, once, the effects of fn. A recursive call sees the
// partial summary of the functions still under construction.
func (s *summarizer) summary(fn *ssa.Function) []Effect {
	if effs, ok := s.sums[fn]; ok || s.busy[fn] {
		return effs
	}
	s.busy[fn] = true
	// A panic while summarizing fn names it (see internal/failure).
	defer failure.At(s.pass, fn.Pos())()
	var acc accumulator
	noting := s.noting(fn)
	for _, b := range fn.Blocks {
		for _, instr := range b.Instrs {
			if noting {
				s.note(fn, instr) // walk.go: what the checks read besides summaries
			}
			s.instruction(fn, instr, &acc)
		}
	}
	delete(s.busy, fn)
	s.sums[fn] = acc.effects
	s.drops[fn] = acc.total()
	if !acc.dropped.zero() {
		s.own[fn] = acc.dropped
	}
	return acc.effects
}

// droppedOf returns what the summary of fn dropped.
func (s *summarizer) droppedOf(fn *ssa.Function) Dropped {
	s.summary(fn)
	return s.drops[fn]
}

// accumulator collects a function's effects, deduplicated and capped: at
// most MaxEffects state writes and MaxEffects resource effects, so that a
// flood of writes does not hide a goroutine. What it has no room for it
// counts.
type accumulator struct {
	effects []Effect
	seen    map[string]bool
	// writes and resources count the effects kept of each class.
	writes, resources int
	// dropped counts the distinct effects found here with no room left;
	// inherited what the summaries composed into this one dropped, by
	// callee, so that a callee called twice counts once.
	dropped   Dropped
	inherited map[any]Dropped
}

func (a *accumulator) add(e Effect) {
	k := e.key()
	if a.seen[k] {
		return
	}
	if a.seen == nil {
		a.seen = map[string]bool{}
	}
	a.seen[k] = true
	kept := &a.writes
	if e.Kind.Resource() {
		kept = &a.resources
	}
	if *kept >= MaxEffects {
		if e.Kind.Resource() {
			a.dropped.Resources++
		} else {
			a.dropped.Writes++
		}
		return
	}
	*kept++
	a.effects = append(a.effects, e)
}

// inherit records what the summary of callee, composed into this one,
// dropped.
func (a *accumulator) inherit(callee any, d Dropped) {
	if d.zero() {
		return
	}
	if a.inherited == nil {
		a.inherited = map[any]Dropped{}
	}
	a.inherited[callee] = d
}

// total is what the summary dropped, itself and in its callees.
func (a *accumulator) total() Dropped {
	t := a.dropped
	for _, d := range a.inherited {
		t = t.plus(d)
	}
	return t
}

func (s *summarizer) instruction(fn *ssa.Function, instr ssa.Instruction, acc *accumulator) {
	switch instr := instr.(type) {
	case *ssa.MapUpdate:
		t, ok := s.resolve(fn, instr.Map)
		if !ok {
			return
		}
		mt, _ := instr.Map.Type().Underlying().(*types.Map)
		e := s.local(MapWrite, t, "map", instr.Pos(), fn)
		if mt != nil {
			e.Limiter = model.RateLimiter(mt.Elem())
			e.Conn = model.Connection(mt)
		}
		if !e.Limiter && (s.memoFill(fn, instr, t, instr.Key, instr.Value, false) ||
			s.cachedUnderKey(fn, instr.Key, instr.Value, t)) {
			return
		}
		acc.add(e)
	case *ssa.Store:
		s.store(fn, instr, acc)
	case ssa.CallInstruction:
		s.call(fn, instr, acc)
		s.loopBodyEffects(fn, instr, acc)
	}
	s.resources(fn, instr, acc)
}

// store records a write through a pointer into long-lived memory.
func (s *summarizer) store(fn *ssa.Function, st *ssa.Store, acc *accumulator) {
	t, ok := s.resolve(fn, st.Addr)
	if !ok || s.lazyInit(fn, st.Block(), t) {
		return
	}
	if fv, ok := st.Addr.(*ssa.FreeVar); ok && scratch(fn, fv) {
		return
	}
	kind, noun := Assign, nounOf(st.Val.Type())
	switch {
	case s.appendsTo(fn, st.Val, t):
		kind, noun = Append, "slice"
	case s.increments(fn, st.Val, t):
		kind, noun = Incr, "counter"
	default:
		switch st.Addr.(type) {
		case *ssa.IndexAddr:
			kind = ElemWrite
			noun = nounOf(st.Addr.(*ssa.IndexAddr).X.Type())
		}
	}
	if kind == Assign && s.derivedFromConfig(fn, st.Val, t) {
		return // a value every instance computes alike: a cache
	}
	e := s.local(kind, t, noun, st.Pos(), fn)
	e.Conn = model.Connection(st.Val.Type())
	e.Limiter = model.RateLimiter(st.Val.Type()) && kind == ElemWrite
	acc.add(e)
}

// nounOf names a type for messages.
func nounOf(t types.Type) string {
	t = types.Unalias(t)
	if p, ok := t.Underlying().(*types.Pointer); ok {
		t = p.Elem()
	}
	switch u := t.Underlying().(type) {
	case *types.Map:
		return "map"
	case *types.Slice, *types.Array:
		return "slice"
	case *types.Basic:
		if u.Info()&types.IsNumeric != 0 {
			return "counter"
		}
	}
	return "variable"
}

// appendsTo reports whether v is append(x, ...) where x is loaded from t.
func (s *summarizer) appendsTo(fn *ssa.Function, v ssa.Value, t Target) bool {
	call, ok := v.(*ssa.Call)
	if !ok {
		return false
	}
	b, ok := call.Call.Value.(*ssa.Builtin)
	if !ok || b.Name() != "append" || len(call.Call.Args) == 0 {
		return false
	}
	return s.loads(fn, call.Call.Args[0], t)
}

// increments reports whether v is x+d or x-d where x is loaded from t.
func (s *summarizer) increments(fn *ssa.Function, v ssa.Value, t Target) bool {
	bin, ok := v.(*ssa.BinOp)
	if !ok || (bin.Op != token.ADD && bin.Op != token.SUB) {
		return false
	}
	if b, ok := bin.Type().Underlying().(*types.Basic); !ok || b.Info()&types.IsNumeric == 0 {
		return false
	}
	return s.loads(fn, bin.X, t) || s.loads(fn, bin.Y, t)
}

// loads reports whether v is a load from target t.
func (s *summarizer) loads(fn *ssa.Function, v ssa.Value, t Target) bool {
	load, ok := v.(*ssa.UnOp)
	if !ok || load.Op != token.MUL {
		return false
	}
	lt, ok := s.resolve(fn, load.X)
	return ok && sameTarget(lt, t)
}

func sameTarget(a, b Target) bool {
	return a.Root == b.Root && a.Index == b.Index && a.PkgPath == b.PkgPath &&
		a.Name == b.Name && slices.Equal(a.Path, b.Path)
}

// lazyInit reports whether a write of t in block b happens only while the
// object t belongs to is still uninitialized:
//
//	if client == nil { client = newClient() }
//	if o.cfg.ClientID == "" { o.initOIDC() }
//
// that is, b is dominated by the branch of a comparison with the zero value
// of memory reached from the same root (the same package-level variable,
// the same parameter) without indexing. Lazy initialization of a shared
// dependency happens once per instance and holds no client's data. A guard
// on an element (if s.sessions[id] == nil) is per-client and does not count.
func (s *summarizer) lazyInit(fn *ssa.Function, b *ssa.BasicBlock, t Target) bool {
	for _, g := range s.zeroGuards(fn) {
		if g.target.Root == t.Root && g.target.Index == t.Index && g.target.PkgPath == t.PkgPath &&
			g.target.Name == t.Name && g.then.Dominates(b) {
			return true
		}
	}
	return false
}

// zeroGuard is a branch taken when memory reached from target is zero.
type zeroGuard struct {
	target Target
	then   *ssa.BasicBlock
}

// zeroGuards lists fn's branches on "x == zero" and "x != zero" where x is
// loaded from long-lived memory without indexing, each with the block its
// zero branch alone enters.
func (s *summarizer) zeroGuards(fn *ssa.Function) []zeroGuard {
	if gs, ok := s.guards[fn]; ok {
		return gs
	}
	var gs []zeroGuard
	for _, b := range fn.Blocks {
		if len(b.Instrs) == 0 || len(b.Succs) != 2 {
			continue
		}
		cond, ok := b.Instrs[len(b.Instrs)-1].(*ssa.If)
		if !ok {
			continue
		}
		bin, ok := cond.Cond.(*ssa.BinOp)
		if !ok || (bin.Op != token.EQL && bin.Op != token.NEQ) {
			continue
		}
		x, y := bin.X, bin.Y
		if isZero(x) {
			x, y = y, x
		}
		if !isZero(y) {
			continue
		}
		load, ok := x.(*ssa.UnOp)
		if !ok || load.Op != token.MUL {
			if f, ok := x.(*ssa.Field); ok {
				x = f
			} else {
				continue
			}
		}
		t, ok := s.resolve(fn, x)
		if !ok || slices.Contains(t.Path, "[]") || loopState(t) {
			continue
		}
		then := b.Succs[0]
		if bin.Op == token.NEQ {
			then = b.Succs[1]
		}
		if !onlyFrom(then, b) {
			continue
		}
		gs = append(gs, zeroGuard{target: t, then: then})
	}
	s.guards[fn] = gs
	return gs
}

// onlyFrom reports whether block then is entered from b alone, apart from
// the back edges of a loop it heads, so that what then dominates runs only
// after the branch from b to then. The branch of "x != nil" that has no
// block of its own leads to where both branches join: that block, and all
// that follows, runs whatever x holds.
func onlyFrom(then, b *ssa.BasicBlock) bool {
	for _, p := range then.Preds {
		if p != b && !then.Dominates(p) {
			return false
		}
	}
	return true
}

// isZero reports whether v is a constant zero value: nil, 0, "" or false.
func isZero(v ssa.Value) bool {
	c, ok := v.(*ssa.Const)
	if !ok {
		return false
	}
	if c.Value == nil {
		return true
	}
	switch c.Value.Kind() {
	case constant.Bool:
		return !constant.BoolVal(c.Value)
	case constant.String:
		return constant.StringVal(c.Value) == ""
	case constant.Int, constant.Float:
		return constant.Sign(c.Value) == 0
	}
	return false
}

// local builds an effect for a write in fn itself.
func (s *summarizer) local(kind Kind, t Target, noun string, pos token.Pos, fn *ssa.Function) Effect {
	if !pos.IsValid() {
		pos = fn.Pos()
	}
	return Effect{
		Kind:   kind,
		Target: t,
		Noun:   noun,
		Posn:   s.pass.Fset.Position(pos).String(),
		pos:    pos,
	}
}

// call composes the effects of a call, go or defer statement.
func (s *summarizer) call(fn *ssa.Function, instr ssa.CallInstruction, acc *accumulator) {
	common := instr.Common()
	pos := instr.Pos()
	if !pos.IsValid() {
		pos = common.Pos()
	}
	if b, ok := common.Value.(*ssa.Builtin); ok {
		if (b.Name() == "delete" || b.Name() == "clear") && len(common.Args) > 0 {
			if t, ok := s.resolve(fn, common.Args[0]); ok {
				e := s.local(MapDelete, t, nounOf(common.Args[0].Type()), pos, fn)
				e.Conn = model.Connection(common.Args[0].Type())
				if b.Name() == "clear" {
					e.Kind = Assign
				}
				acc.add(e)
			}
		}
		return
	}
	if common.IsInvoke() {
		// A cache library whose constructor returns an interface
		// (gcache.Cache): the method names the library all the same.
		// Memo fills are not recognized through an interface.
		if m, ok := model.Mutator(common.Method); ok && m.Arg == 0 {
			if t, ok := s.resolve(fn, common.Value); ok {
				acc.add(s.local(LibraryCall, t, m.What, pos, fn))
			}
		}
		return
	}
	callee := withBody(common.StaticCallee())
	if callee == nil {
		return
	}
	var bindings []ssa.Value
	if mc, ok := common.Value.(*ssa.MakeClosure); ok {
		bindings = mc.Bindings
	}
	obj := calleeObject(callee)
	if m, ok := model.Mutator(obj); ok || s.configuredStateful(obj, &m) {
		if m.Arg < len(common.Args) {
			if t, ok := s.resolve(fn, common.Args[m.Arg]); ok && !s.memoCall(fn, instr, m, obj, t) && !s.boundsMemo(fn, obj.Name(), t) &&
				!s.cachesConfig(fn, common.Args, m, t) {
				acc.add(s.local(LibraryCall, t, m.What, pos, fn))
			}
		}
		return
	}
	if len(callee.Blocks) > 0 && (callee.Pkg == nil || callee.Pkg.Pkg == s.pass.Pkg) {
		// A function of this package, a closure, or a synthetic wrapper
		// (compared with the pass's package, not fn's: fn may be a
		// wrapper, which belongs to no package).
		name := ""
		if callee.Parent() == nil && callee.Synthetic == "" {
			name = displayName(callee, s.pass.Pkg)
		}
		s.bind(fn, instr.Block(), common, bindings, s.summary(callee), name, pos, false, acc)
		acc.inherit(callee, s.drops[callee])
		return
	}
	if obj != nil && obj.Pkg() != nil && obj.Pkg() != s.pass.Pkg {
		sum := s.importedSummary(obj)
		s.bind(fn, instr.Block(), common, nil, sum.Effects, DisplayObject(obj, s.pass.Pkg), pos, true, acc)
		acc.inherit(obj, sum.Dropped)
	}
}

// configuredStateful reports whether fn is a method of a type, or a
// method, that the -stateful setting declares writes in-process state.
func (s *summarizer) configuredStateful(fn *types.Func, m *model.Mutation) bool {
	if fn == nil || settings.Stateful.Empty() || fn.Signature().Recv() == nil {
		return false
	}
	if settings.Stateful.Has(settings.FuncName(fn)) || settings.Stateful.Has(settings.TypeName(fn.Signature().Recv().Type())) {
		*m = model.Mutation{Arg: 0, What: "in-process state"}
		return true
	}
	return false
}

// withBody returns the function whose body stands for a call of fn: fn
// itself or, for an instance of a generic function, its generic origin.
// The SSA builder gives an instance no body of its own, only a wrapper
// without a package that converts the arguments and calls the origin;
// summarizing the wrapper would place the origin's effects at the
// wrapper's position, in the origin's file. The origin's effects are the
// instance's: a write through a parameter is the same write whatever the
// type arguments.
func withBody(fn *ssa.Function) *ssa.Function {
	if fn != nil {
		if o := fn.Origin(); o != nil {
			return o
		}
	}
	return fn
}

// calleeObject returns the declared function behind callee, generic
// instances mapped to their origin.
func calleeObject(callee *ssa.Function) *types.Func {
	if o := callee.Origin(); o != nil {
		callee = o
	}
	obj, _ := callee.Object().(*types.Func)
	return obj
}

func (s *summarizer) imported(fn *types.Func) []Effect {
	return s.importedSummary(fn).Effects
}

// importedSummary returns the Summary fact of fn, a function of another
// package, its chains qualified as seen from this package.
func (s *summarizer) importedSummary(fn *types.Func) *Summary {
	fn = fn.Origin()
	if sum, ok := s.facts[fn]; ok {
		return sum
	}
	sum := new(Summary)
	if s.pass.ImportObjectFact(fn, sum) && fn.Pkg() != nil {
		for i := range sum.Effects {
			sum.Effects[i].Chain = qualifyChain(sum.Effects[i].Chain, fn.Pkg())
		}
	}
	s.facts[fn] = sum
	return sum
}

// returns computes, once, which results of fn denote long-lived memory.
func (s *summarizer) returns(fn *ssa.Function) []ReturnTarget {
	if r, ok := s.rets[fn]; ok {
		return r
	}
	s.rets[fn] = nil // a recursive call sees no results yet
	var out []ReturnTarget
	for _, b := range fn.Blocks {
		ret, ok := b.Instrs[len(b.Instrs)-1].(*ssa.Return)
		if !ok {
			continue
		}
		for i, v := range ret.Results {
			if slices.ContainsFunc(out, func(r ReturnTarget) bool { return r.Result == i }) {
				continue
			}
			if t, ok := s.resolve(fn, v); ok && (t.Root == Global || t.Root == Param) {
				out = append(out, ReturnTarget{Result: i, Target: t})
			}
		}
	}
	s.rets[fn] = out
	return out
}

// resolveCall resolves result index of a static call through the callee's
// summary of returned memory, binding parameters to the call's arguments.
func (s *summarizer) resolveCall(fn *ssa.Function, common *ssa.CallCommon, index, depth int) (Target, bool) {
	if common.IsInvoke() {
		return Target{}, false
	}
	callee := withBody(common.StaticCallee())
	if callee == nil {
		return Target{}, false
	}
	var rets []ReturnTarget
	if len(callee.Blocks) > 0 {
		rets = s.returns(callee)
	} else if obj := calleeObject(callee); obj != nil && obj.Pkg() != nil && obj.Pkg() != s.pass.Pkg {
		rets = s.importedSummary(obj).Returns
	}
	for _, r := range rets {
		if r.Result != index {
			continue
		}
		switch r.Target.Root {
		case Global:
			return r.Target, true
		case Param:
			if r.Target.Index >= len(common.Args) {
				return Target{}, false
			}
			t, ok := s.resolveDepth(fn, common.Args[r.Target.Index], depth+1)
			if !ok {
				return t, false
			}
			t.Path = append(slices.Clip(t.Path), r.Target.Path...)
			return t, true
		}
	}
	return Target{}, false
}

// bind rewrites the callee's effects into the caller's terms: parameters
// become the caller's arguments, captured variables the closure's bindings.
// Effects on memory that is local to the caller are dropped.
func (s *summarizer) bind(fn *ssa.Function, block *ssa.BasicBlock, common *ssa.CallCommon, bindings []ssa.Value, effs []Effect, name string, pos token.Pos, remote bool, acc *accumulator) {
	for _, e := range effs {
		var t Target
		switch e.Target.Root {
		case None, Global:
			t = e.Target
		case Param, FreeVar:
			args := common.Args
			if e.Target.Root == FreeVar {
				args = bindings
			}
			if e.Target.Index >= len(args) {
				continue
			}
			arg := args[e.Target.Index]
			if alloc, ok := arg.(*ssa.Alloc); ok && e.Target.Root == FreeVar && writesThrough(&e) {
				// The closure writes into what a captured parameter
				// holds: that is the parameter's memory.
				if p := spilledParam(alloc); p != nil {
					arg = p
				}
			}
			bound, ok := s.resolve(fn, arg)
			if !ok {
				continue
			}
			bound.Path = append(slices.Clip(bound.Path), e.Target.Path...)
			t = bound
		default:
			continue
		}
		if s.lazyInit(fn, block, t) || !bindFlag(common, &e) {
			continue
		}
		out := e
		out.Target = t
		if name != "" {
			out.Chain = extendChain(name, e.Chain)
		}
		if remote {
			out.pos, out.remote = pos, true
		}
		acc.add(out)
	}
}

// resolve finds the long-lived memory v refers to: a package-level
// variable, a parameter or a captured variable, and the selectors from it.
// It fails for memory local to fn (allocated or made here, returned by a
// call) and for variables and fields declared //statecheck:cache.
func (s *summarizer) resolve(fn *ssa.Function, v ssa.Value) (Target, bool) {
	return s.resolveDepth(fn, v, 0)
}

const maxResolveDepth = 16

func (s *summarizer) resolveDepth(fn *ssa.Function, v ssa.Value, depth int) (Target, bool) {
	if depth > maxResolveDepth {
		return Target{}, false
	}
	next := func(x ssa.Value) (Target, bool) { return s.resolveDepth(fn, x, depth+1) }
	withField := func(x ssa.Value, structType types.Type, index int) (Target, bool) {
		st, ok := deref(structType).Underlying().(*types.Struct)
		if !ok || index >= st.NumFields() {
			return Target{}, false
		}
		field := st.Field(index)
		if s.isCache(field, structType) {
			return Target{}, false
		}
		t, ok := next(x)
		if !ok {
			return t, false
		}
		t.Path = append(slices.Clip(t.Path), field.Name())
		return t, true
	}
	element := func(x ssa.Value) (Target, bool) {
		t, ok := next(x)
		if !ok {
			return t, false
		}
		t.Path = append(slices.Clip(t.Path), "[]")
		return t, true
	}
	if x := operand(v); x != nil {
		return next(x)
	}
	switch v := v.(type) {
	case *ssa.Global:
		obj, ok := v.Object().(*types.Var)
		if !ok || s.isCache(obj, nil) || obj.Pkg() == nil {
			return Target{}, false
		}
		return Target{Root: Global, PkgPath: obj.Pkg().Path(), PkgName: obj.Pkg().Name(), Name: obj.Name()}, true
	case *ssa.Parameter:
		i := slices.Index(fn.Params, v)
		if i < 0 {
			return Target{}, false
		}
		return Target{Root: Param, Index: i, Name: v.Name()}, true
	case *ssa.FreeVar:
		i := slices.Index(fn.FreeVars, v)
		if i < 0 {
			return Target{}, false
		}
		return Target{Root: FreeVar, Index: i, Name: v.Name()}, true
	case *ssa.UnOp:
		if v.Op != token.MUL {
			break
		}
		// A parameter captured by a closure is spilled to a heap cell;
		// the value loaded from the cell is the parameter's value. The
		// cell itself (an Alloc) is local, so assigning it writes nothing
		// the caller sees.
		if alloc, ok := v.X.(*ssa.Alloc); ok {
			if p := spilledParam(alloc); p != nil {
				return next(p)
			}
			return Target{}, false
		}
		return next(v.X)
	case *ssa.FieldAddr:
		return withField(v.X, v.X.Type(), v.Field)
	case *ssa.Field:
		return withField(v.X, v.X.Type(), v.Field)
	case *ssa.IndexAddr:
		return element(v.X)
	case *ssa.Index:
		return element(v.X)
	case *ssa.Lookup:
		if _, ok := v.X.Type().Underlying().(*types.Map); ok {
			return element(v.X)
		}
	case *ssa.Call:
		return s.resolveCall(fn, v.Common(), 0, depth)
	case *ssa.Extract:
		switch tuple := v.Tuple.(type) {
		case *ssa.Call:
			return s.resolveCall(fn, tuple.Common(), v.Index, depth)
		case *ssa.Lookup:
			if v.Index == 0 {
				return next(tuple)
			}
		case *ssa.TypeAssert:
			if v.Index == 0 {
				return next(tuple.X)
			}
		}
	case *ssa.Phi:
		return s.resolvePhi(v, next)
	}
	return Target{}, false
}

// phiResolution is the memo of one φ-node's resolution.
type phiResolution struct {
	t    Target
	ok   bool
	done bool // false while the φ-node is being resolved: a cycle
}

// resolvePhi resolves a φ-node to the first of its edges that denotes
// long-lived memory. Each φ-node is resolved once: loops make φ-nodes
// feed each other, and without the memo every path through them would be
// walked again, exponential in the depth of the chain.
func (s *summarizer) resolvePhi(v *ssa.Phi, next func(ssa.Value) (Target, bool)) (Target, bool) {
	if r := s.phis[v]; r != nil {
		return r.t, r.done && r.ok
	}
	r := &phiResolution{}
	s.phis[v] = r
	for _, e := range v.Edges {
		if e == v {
			continue
		}
		if t, ok := next(e); ok {
			r.t, r.ok = t, true
			break
		}
	}
	r.done = true
	return r.t, r.ok
}

// writesThrough reports whether e writes into the object a variable holds,
// rather than assigning the variable itself.
func writesThrough(e *Effect) bool {
	switch e.Kind {
	case MapWrite, MapDelete, LibraryCall:
		return true
	}
	return len(e.Target.Path) > 0
}

// operand returns the value that v is a view of — a conversion, an
// interface wrapping or unwrapping, a slicing — or nil when v is none:
// such a view denotes the same memory as its operand.
func operand(v ssa.Value) ssa.Value {
	switch v := v.(type) {
	case *ssa.ChangeType:
		return v.X
	case *ssa.Convert:
		return v.X
	case *ssa.MakeInterface:
		return v.X
	case *ssa.ChangeInterface:
		return v.X
	case *ssa.TypeAssert:
		return v.X
	case *ssa.Slice:
		return v.X
	case *ssa.SliceToArrayPointer:
		return v.X
	}
	return nil
}

// spilledParam returns the parameter that alloc holds, when alloc is the
// heap cell of a captured parameter: its only store is the parameter.
func spilledParam(alloc *ssa.Alloc) *ssa.Parameter {
	if !alloc.Heap {
		return nil
	}
	var param *ssa.Parameter
	for _, ref := range *alloc.Referrers() {
		st, ok := ref.(*ssa.Store)
		if !ok || st.Addr != alloc {
			continue
		}
		p, ok := st.Val.(*ssa.Parameter)
		if !ok || param != nil {
			return nil
		}
		param = p
	}
	return param
}

func deref(t types.Type) types.Type {
	if p, ok := t.Underlying().(*types.Pointer); ok {
		return p.Elem()
	}
	return t
}

// isCache reports whether v was declared with //statecheck:cache, here or
// in an imported package, or accepted by the -accepted setting; owner is
// the struct type a field belongs to.
func (s *summarizer) isCache(v *types.Var, owner types.Type) bool {
	if s.cache[v] {
		return true
	}
	if !settings.Accepted.Empty() && settings.Accepted.Has(settings.VarName(v, owner)) {
		return true
	}
	if v.Pkg() == nil || v.Pkg() == s.pass.Pkg {
		return false
	}
	var c CacheVar
	return s.pass.ImportObjectFact(v, &c)
}
