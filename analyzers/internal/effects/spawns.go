package effects

import (
	"go/token"
	"go/types"
	"slices"
	"strings"

	"golang.org/x/tools/go/ssa"

	"github.com/statecheck/statecheck/analyzers/internal/model"
	"github.com/statecheck/statecheck/analyzers/internal/ssaval"
)

// spawners are the library calls that run a function on another
// goroutine, with the noun for messages.
var spawners = map[string]string{
	"time.AfterFunc":                         "time.AfterFunc",
	"context.AfterFunc":                      "context.AfterFunc",
	"golang.org/x/sync/errgroup.Group.Go":    "errgroup.Group.Go",
	"golang.org/x/sync/errgroup.Group.TryGo": "errgroup.Group.Go",
	"sync.WaitGroup.Go":                      "WaitGroup.Go",
}

// waiters are the calls that wait for the goroutines of the group that is
// their receiver.
var waiters = map[string]bool{
	"sync.WaitGroup.Wait":                   true,
	"golang.org/x/sync/errgroup.Group.Wait": true,
}

// goStatement records a go statement that fn does not join before it
// returns.
func (s *summarizer) goStatement(fn *ssa.Function, g *ssa.Go, acc *accumulator) {
	common := g.Common()
	refs := goroutineRefs(common)
	if s.joins(fn, g, refs) || s.lazyStart(fn, g.Block()) {
		return
	}
	e := s.local(Spawn, Target{}, "goroutine", g.Pos(), fn)
	e.Subject = s.spawnedName(common)
	e.Detached = detachedContext(common)
	e.Conn = slices.ContainsFunc(refs, func(v ssa.Value) bool { return liveConn(v.Type(), 0) })
	if t, ok := pendingOn(fn, refs); ok {
		e.Target = t
	} else if i, ok := stopReturned(fn, refs); ok {
		e.Target = Target{Root: Returned, Index: i}
	}
	acc.add(e)
}

// stopReturned returns the index of a result of fn that stops a goroutine
// holding refs: a function literal that closes a channel the goroutine
// holds, or waits for it by receiving from one, or the cancel function of
// a context the goroutine holds, returned or called by a literal. Such a
// helper — stop := keepAlive(…); defer stop() — starts a goroutine that
// ends when its caller calls the result, so the caller decides its fate
// (see rebindStop).
func stopReturned(fn *ssa.Function, refs []ssa.Value) (int, bool) {
	bases := map[ssa.Value]bool{}
	for _, r := range refs {
		t := r.Type().Underlying()
		if p, ok := t.(*types.Pointer); ok {
			t = p.Elem().Underlying() // a captured variable
		}
		if _, ok := t.(*types.Chan); ok {
			bases[syncBase(r)] = true
		}
	}
	for _, b := range fn.Blocks {
		ret, ok := b.Instrs[len(b.Instrs)-1].(*ssa.Return)
		if !ok {
			continue
		}
		for i, r := range ret.Results {
			if mc, ok := ssaval.Unconvert(r).(*ssa.MakeClosure); ok && stopsCaptured(mc, bases, 0) {
				return i, true
			}
			if cancelsHeld(r, refs) {
				return i, true
			}
		}
	}
	return 0, false
}

// cancelers make a context and the function that cancels it.
var cancelers = map[string]bool{
	"context.WithCancel":        true,
	"context.WithCancelCause":   true,
	"context.WithTimeout":       true,
	"context.WithTimeoutCause":  true,
	"context.WithDeadline":      true,
	"context.WithDeadlineCause": true,
}

// cancelsHeld reports whether r, a result of the function that starts a
// goroutine holding refs, is the cancel function of a context the
// goroutine holds, or a function literal that calls it.
func cancelsHeld(r ssa.Value, refs []ssa.Value) bool {
	cancelOf := func(v ssa.Value) *ssa.Call {
		ex, ok := v.(*ssa.Extract)
		if !ok || ex.Index != 1 {
			return nil
		}
		if call, ok := ex.Tuple.(*ssa.Call); ok && cancelers[callID(&call.Call)] {
			return call
		}
		return nil
	}
	var made []*ssa.Call
	collect := func(v ssa.Value) bool {
		if c := cancelOf(v); c != nil {
			made = append(made, c)
		}
		return false
	}
	if mc, ok := ssaval.Unconvert(r).(*ssa.MakeClosure); ok {
		body, _ := mc.Fn.(*ssa.Function)
		for i, bound := range mc.Bindings {
			if body != nil && i < len(body.FreeVars) && callsCaptured(body, body.FreeVars[i]) {
				holds(bound, collect)
			}
		}
	} else {
		derives(r, collect)
	}
	for _, c := range made {
		ctx := func(v ssa.Value) bool {
			ex, ok := v.(*ssa.Extract)
			return ok && ex.Index == 0 && ex.Tuple == ssa.Value(c)
		}
		if slices.ContainsFunc(refs, func(ref ssa.Value) bool { return holds(ref, ctx) }) {
			return true
		}
	}
	return false
}

// holds reports whether v, or the variable v is when a closure captures
// it, derives from a value for which is returns true.
func holds(v ssa.Value, is func(ssa.Value) bool) bool {
	if derives(v, is) {
		return true
	}
	cell, ok := v.(*ssa.Alloc)
	return ok && storedIn(cell, func(x ssa.Value) bool { return derives(x, is) })
}

// stopsCaptured reports whether the closure mc makes stops or waits for
// a goroutine holding a channel whose base is in bases: it closes the
// channel, or receives from it, itself or in a function literal it makes
// (stopOnce.Do(func() { close(stop) })).
func stopsCaptured(mc *ssa.MakeClosure, bases map[ssa.Value]bool, depth int) bool {
	body, ok := mc.Fn.(*ssa.Function)
	if !ok || depth > 3 {
		return false
	}
	held := func(ch ssa.Value) bool {
		fv, ok := syncBase(ch).(*ssa.FreeVar)
		if !ok {
			return false
		}
		i := slices.Index(body.FreeVars, fv)
		return i >= 0 && i < len(mc.Bindings) && bases[syncBase(mc.Bindings[i])]
	}
	for _, b := range body.Blocks {
		for _, instr := range b.Instrs {
			switch instr := instr.(type) {
			case ssa.CallInstruction:
				if closes(instr.Common()) && held(argAt(instr.Common(), 0)) {
					return true
				}
			case *ssa.UnOp:
				if instr.Op == token.ARROW && held(instr.X) {
					return true
				}
			case *ssa.MakeClosure:
				inner := map[ssa.Value]bool{}
				for _, bound := range instr.Bindings {
					if held(bound) {
						inner[syncBase(bound)] = true
					}
				}
				if len(inner) > 0 && stopsCaptured(instr, inner, depth+1) {
					return true
				}
			}
		}
	}
	return false
}

// rebindStop decides, in the caller, a goroutine the callee stops through
// the function it returns as the value v: the caller that calls or defers
// v ends the goroutine with the request; one that returns v passes the
// decision on; one that only keeps or drops v leaves it running.
func (s *summarizer) rebindStop(fn *ssa.Function, call *ssa.Call, c *callee, e Effect, v ssa.Value, acc *accumulator) {
	if callsValue(fn, v) {
		return
	}
	out := s.passed(c, e, Target{}, call.Pos())
	out.pos, out.remote, out.handed = call.Pos(), c.remote, false
	if i, ok := returnedAs(fn, v); ok {
		out.Target = Target{Root: Returned, Index: i}
	}
	acc.add(out)
}

// callsValue reports whether fn calls, or defers a call of, the function
// value v, itself or in a function literal that captures it.
func callsValue(fn *ssa.Function, v ssa.Value) bool {
	is := func(x ssa.Value) bool { return x == v }
	for _, b := range fn.Blocks {
		for _, instr := range b.Instrs {
			switch instr := instr.(type) {
			case ssa.CallInstruction:
				c := instr.Common()
				if !c.IsInvoke() && c.StaticCallee() == nil && derives(c.Value, is) {
					return true
				}
			}
			mc, ok := instr.(*ssa.MakeClosure)
			if !ok {
				continue
			}
			body, ok := mc.Fn.(*ssa.Function)
			if !ok {
				continue
			}
			for i, bound := range mc.Bindings {
				if i < len(body.FreeVars) && holds(bound, is) && callsCaptured(body, body.FreeVars[i]) {
					return true
				}
			}
		}
	}
	return false
}

// callsCaptured reports whether body calls the function value its captured
// variable fv holds, or the variable it points to.
func callsCaptured(body *ssa.Function, fv *ssa.FreeVar) bool {
	for ci := range ssaval.Calls(body) {
		c := ci.Common()
		if !c.IsInvoke() && c.StaticCallee() == nil && syncBase(c.Value) == ssa.Value(fv) {
			return true
		}
	}
	return false
}

// returnedAs returns the index of the result of fn that v is returned as.
func returnedAs(fn *ssa.Function, v ssa.Value) (int, bool) {
	is := func(x ssa.Value) bool { return x == v }
	for _, b := range fn.Blocks {
		ret, ok := b.Instrs[len(b.Instrs)-1].(*ssa.Return)
		if !ok {
			continue
		}
		for i, r := range ret.Results {
			if derives(r, is) {
				return i, true
			}
		}
	}
	return 0, false
}

// spawnCall records a library call that starts a function on another
// goroutine — a timer, a context callback, a group's goroutine — that fn
// neither stops nor waits for.
func (s *summarizer) spawnCall(fn *ssa.Function, call *ssa.Call, noun string, acc *accumulator) {
	args := callArgs(&call.Call)
	if len(args) < 2 {
		return
	}
	f := args[1]
	if s.lazyStart(fn, call.Block()) {
		return
	}
	var group []ssa.Value
	switch noun {
	case "time.AfterFunc", "context.AfterFunc":
		if s.stopped(fn, call) {
			return
		}
	default: // errgroup.Group.Go, WaitGroup.Go: the receiver's Wait joins
		group = args[:1]
		if s.joins(fn, call, group) {
			return
		}
	}
	e := s.local(Spawn, Target{}, noun, call.Pos(), fn)
	e.Subject = s.funcValueName(f)
	e.Detached = detachedFunc(f)
	if t, ok := pendingOn(fn, group); ok {
		e.Target = t
	}
	acc.add(e)
}

// lazyStart reports whether block b runs only while long-lived memory is
// still zero — if h.queue == nil { …; go h.run() } — the lazy start of a
// worker that serves the whole instance, once, like one main starts.
func (s *summarizer) lazyStart(fn *ssa.Function, b *ssa.BasicBlock) bool {
	for _, g := range s.zeroGuards(fn) {
		if g.then.Dominates(b) {
			return true
		}
	}
	return false
}

// goroutineRefs lists the values a goroutine holds: the arguments of the
// go statement, the receiver, the closure's captured values, and the
// package-level variables a function literal uses.
func goroutineRefs(c *ssa.CallCommon) []ssa.Value {
	refs := slices.Clone(callArgs(c))
	var body *ssa.Function
	switch v := c.Value.(type) {
	case *ssa.MakeClosure:
		refs = append(refs, v.Bindings...)
		body, _ = v.Fn.(*ssa.Function)
	case *ssa.Function:
		if v.Parent() != nil {
			body = v
		}
	}
	if body != nil {
		for _, b := range body.Blocks {
			for _, instr := range b.Instrs {
				for _, op := range instr.Operands(nil) {
					if g, ok := (*op).(*ssa.Global); ok && !slices.Contains(refs, ssa.Value(g)) {
						refs = append(refs, g)
					}
				}
			}
		}
	}
	return refs
}

// joins reports whether fn, after start, waits for a goroutine holding
// refs: Wait on its WaitGroup or errgroup.Group, a receive (or a blocking
// select case) on a channel it holds, close of such a channel, which tells
// the goroutine to stop, or a receive on a context's Done channel, which
// waits for the request to end.
//
// A select between the goroutine's result and ctx.Done() counts: the
// handler then either joins the goroutine or ends with the request, and
// a goroutine bound to the request's context is abandoned with it, as a
// request is when its instance stops.
func (s *summarizer) joins(fn *ssa.Function, start ssa.Instruction, refs []ssa.Value) bool {
	bases := map[ssa.Value]bool{}
	for _, r := range refs {
		if _, ok := r.(*ssa.Const); !ok {
			bases[syncBase(r)] = true
		}
	}
	held := func(ch ssa.Value) bool { return bases[syncBase(ch)] || isDoneChan(ch) }
	for _, b := range fn.Blocks {
		for _, instr := range b.Instrs {
			switch instr := instr.(type) {
			case *ssa.Defer:
				if waiters[callID(&instr.Call)] && bases[syncBase(argAt(&instr.Call, 0))] {
					return true
				}
			case *ssa.Call:
				if (waiters[callID(&instr.Call)] || closes(&instr.Call)) && bases[syncBase(argAt(&instr.Call, 0))] && reachableAfter(start, instr) {
					return true
				}
			case *ssa.UnOp:
				if instr.Op == token.ARROW && held(instr.X) && reachableAfter(start, instr) {
					return true
				}
			case *ssa.Select:
				if !instr.Blocking || !reachableAfter(start, instr) {
					continue
				}
				for _, st := range instr.States {
					if st.Dir == types.RecvOnly && held(st.Chan) {
						return true
					}
				}
			}
		}
	}
	return false
}

// closes reports whether c is close(ch): closing a channel the goroutine
// holds tells it the request is done, so it ends with the request.
func closes(c *ssa.CallCommon) bool {
	b, ok := c.Value.(*ssa.Builtin)
	return ok && b.Name() == "close"
}

// isDoneChan reports whether v is the Done channel of a context.
func isDoneChan(v ssa.Value) bool {
	call, ok := v.(*ssa.Call)
	if !ok {
		return false
	}
	c := &call.Call
	name := ""
	if c.IsInvoke() {
		name = c.Method.Name()
	} else if callee := c.StaticCallee(); callee != nil {
		name = callee.Name()
	}
	ch, ok := call.Type().Underlying().(*types.Chan)
	return name == "Done" && ok && ch.Dir() == types.RecvOnly
}

// stopped reports whether fn stops the timer or callback a call of
// time.AfterFunc or context.AfterFunc registered: Stop on the returned
// *time.Timer, or a call of the returned stop function.
func (s *summarizer) stopped(fn *ssa.Function, call *ssa.Call) bool {
	is := func(v ssa.Value) bool { return v == ssa.Value(call) }
	for ci := range ssaval.Calls(fn) {
		c := ci.Common()
		switch {
		case callID(c) == "time.Timer.Stop" && derives(argAt(c, 0), is):
			return true
		case !c.IsInvoke() && c.StaticCallee() == nil && derives(c.Value, is):
			return true
		}
	}
	return false
}

// pendingOn returns the root of the parameter or captured variable among
// refs that is a WaitGroup, an errgroup.Group or a channel: the caller
// that passed it can still join the goroutine.
func pendingOn(fn *ssa.Function, refs []ssa.Value) (Target, bool) {
	for _, r := range refs {
		if !syncType(r.Type()) {
			continue
		}
		if cell, ok := r.(*ssa.Alloc); ok {
			if p := spilledParam(cell); p != nil {
				r = p
			}
		}
		if t, ok := ownRoot(fn, r); ok {
			return t, true
		}
	}
	return Target{}, false
}

// syncType reports whether t joins goroutines: a channel, or a pointer to
// a sync.WaitGroup or errgroup.Group.
func syncType(t types.Type) bool {
	if _, ok := t.Underlying().(*types.Chan); ok {
		return true
	}
	p, ok := types.Unalias(t).(*types.Pointer)
	if !ok {
		return false
	}
	return model.IsNamed(p.Elem(), "sync", "WaitGroup") || model.IsNamed(p.Elem(), "golang.org/x/sync/errgroup", "Group")
}

// spawnedName names what a go statement runs: "generateCSV",
// "Mailer.Send", "func literal calling mail.Send".
func (s *summarizer) spawnedName(c *ssa.CallCommon) string {
	if c.IsInvoke() {
		return s.calleeName(c)
	}
	return s.funcValueName(c.Value)
}

// funcValueName names a function value: a declared function or method,
// or a function literal by the first call it makes.
func (s *summarizer) funcValueName(v ssa.Value) string {
	v = ssaval.Unconvert(v)
	var f *ssa.Function
	switch v := v.(type) {
	case *ssa.Function:
		f = v
	case *ssa.MakeClosure:
		f, _ = v.Fn.(*ssa.Function)
	}
	if f == nil {
		return "a function value"
	}
	if obj := calleeObject(f); obj != nil {
		return DisplayObject(obj, s.pass.Pkg) // a function, a method value
	}
	if f.Parent() != nil {
		if first := s.firstCall(f); first != "" {
			return "func literal calling " + first
		}
		return "func literal"
	}
	return f.Name()
}

// plumbing are packages whose calls say nothing about what a goroutine
// is for.
var plumbing = []string{"context", "sync", "sync/atomic", "errors", "fmt", "log", "log/slog", "time", "runtime", "strings", "strconv"}

// firstCall names the first call in f, in source order, that says what
// f does: not a builtin, not synchronization, logging or formatting.
func (s *summarizer) firstCall(f *ssa.Function) string {
	var best *ssa.Call
	for _, b := range f.Blocks {
		for _, instr := range b.Instrs {
			call, ok := instr.(*ssa.Call)
			if !ok || !call.Pos().IsValid() || best != nil && call.Pos() >= best.Pos() {
				continue
			}
			if _, builtin := call.Call.Value.(*ssa.Builtin); builtin {
				continue
			}
			id := callID(&call.Call)
			if id == "" || slices.ContainsFunc(plumbing, func(p string) bool { return strings.HasPrefix(id, p+".") }) {
				continue
			}
			best = call
		}
	}
	if best == nil {
		return ""
	}
	return s.calleeName(&best.Call)
}

// detachedContext names the context a go statement's goroutine runs on
// when it is cut from the request's: context.Background(),
// context.TODO() or context.WithoutCancel, passed in or made inside.
func detachedContext(c *ssa.CallCommon) string {
	for _, v := range callArgs(c) {
		if d := detachedValue(v, 0); d != "" {
			return d
		}
	}
	return detachedFunc(c.Value)
}

// detachedFunc is detachedContext for a function value handed to a
// spawning call: what it captures, or makes in its body.
func detachedFunc(v ssa.Value) string {
	v = ssaval.Unconvert(v)
	var body *ssa.Function
	switch v := v.(type) {
	case *ssa.MakeClosure:
		for _, b := range v.Bindings {
			if d := detachedValue(b, 0); d != "" {
				return d
			}
		}
		body, _ = v.Fn.(*ssa.Function)
	case *ssa.Function:
		if v.Parent() != nil {
			body = v
		}
	}
	if body == nil {
		return ""
	}
	for _, b := range body.Blocks {
		for _, instr := range b.Instrs {
			if call, ok := instr.(*ssa.Call); ok {
				if d := detachedRoot(callID(&call.Call)); d != "" {
					return d
				}
			}
		}
	}
	return ""
}

// detachedValue names the detached root context v derives from, or "".
func detachedValue(v ssa.Value, depth int) string {
	return detachedFrom(v, depth, nil)
}

// detachedFrom is detachedValue; seen holds the variables already
// searched in this walk. Each variable is searched once: a context
// variable reassigned many times (ctx = context.WithValue(ctx, …)) stores
// values derived from itself, and searching it again from each of them is
// exponential.
func detachedFrom(v ssa.Value, depth int, seen map[*ssa.Alloc]bool) string {
	if v == nil || depth > maxFlowDepth {
		return ""
	}
	switch x := v.(type) {
	case *ssa.MakeInterface:
		return detachedFrom(x.X, depth+1, seen)
	case *ssa.ChangeInterface:
		return detachedFrom(x.X, depth+1, seen)
	case *ssa.ChangeType:
		return detachedFrom(x.X, depth+1, seen)
	case *ssa.UnOp:
		if cell, ok := x.X.(*ssa.Alloc); ok && x.Op == token.MUL {
			if seen[cell] {
				return ""
			}
			if seen == nil {
				seen = map[*ssa.Alloc]bool{}
			}
			seen[cell] = true
			d := ""
			storedIn(cell, func(s ssa.Value) bool { d = detachedFrom(s, depth+1, seen); return d != "" })
			return d
		}
	}
	call := callOf(v)
	if call == nil {
		return ""
	}
	id := callID(&call.Call)
	if d := detachedRoot(id); d != "" {
		return d
	}
	if strings.HasPrefix(id, "context.With") {
		return detachedFrom(argAt(&call.Call, 0), depth+1, seen)
	}
	return ""
}

// detachedRoot names the call id when it makes a context cut from the
// request's.
func detachedRoot(id string) string {
	switch id {
	case "context.Background":
		return "context.Background()"
	case "context.TODO":
		return "context.TODO()"
	case "context.WithoutCancel":
		return "context.WithoutCancel"
	}
	return ""
}

// connTypes stand for one live client connection; a goroutine that holds
// one serves that connection and ends with it.
var connTypes = [][2]string{
	{"net", "Conn"},
	{"github.com/gorilla/websocket", "Conn"},
	{"github.com/coder/websocket", "Conn"},
	{"nhooyr.io/websocket", "Conn"},
	{"golang.org/x/net/websocket", "Conn"},
	{"github.com/gofiber/contrib/websocket", "Conn"},
	{"github.com/gofiber/websocket/v2", "Conn"},
}

// liveConn reports whether t is, points to, or is a struct holding a live
// connection.
func liveConn(t types.Type, depth int) bool {
	if depth > 3 {
		return false
	}
	for _, c := range connTypes {
		if model.IsNamed(t, c[0], c[1]) {
			return true
		}
	}
	switch u := t.Underlying().(type) {
	case *types.Pointer:
		return liveConn(u.Elem(), depth+1)
	case *types.Struct:
		for i := range u.NumFields() {
			if liveConn(u.Field(i).Type(), depth+1) {
				return true
			}
		}
	}
	return false
}
