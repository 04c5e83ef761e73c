package effects

import (
	"go/token"
	"strings"

	"golang.org/x/tools/go/ssa"

	"github.com/statecheck/statecheck/analyzers/internal/model"
)

// callee is what a call instruction calls, as far as summaries go.
type callee struct {
	effects  []Effect
	name     string      // for chains; "" for closures and wrappers
	remote   bool        // declared in another package
	bindings []ssa.Value // a closure's captured values
}

// calleeOf returns the summary of what c calls, following the same calls
// as summarizer.call: static calls of the user's functions, closures and
// wrappers of this package, and imported functions through their facts.
func (s *summarizer) calleeOf(fn *ssa.Function, c *ssa.CallCommon) (callee, bool) {
	if c.IsInvoke() {
		return callee{}, false
	}
	if _, ok := c.Value.(*ssa.Builtin); ok {
		return callee{}, false
	}
	target := withBody(c.StaticCallee())
	if target == nil {
		return callee{}, false
	}
	var out callee
	if mc, ok := c.Value.(*ssa.MakeClosure); ok {
		out.bindings = mc.Bindings
	}
	obj := calleeObject(target)
	if _, ok := model.Mutator(obj); ok {
		return callee{}, false
	}
	if len(target.Blocks) > 0 && (target.Pkg == nil || target.Pkg.Pkg == s.pass.Pkg) {
		if target.Parent() == nil && target.Synthetic == "" {
			out.name = displayName(target, s.pass.Pkg)
		}
		out.effects = s.summary(target)
		return out, true
	}
	if obj != nil && obj.Pkg() != nil && obj.Pkg() != s.pass.Pkg {
		out.effects = s.imported(obj)
		out.name = DisplayObject(obj, s.pass.Pkg)
		out.remote = true
		return out, true
	}
	return callee{}, false
}

// holder returns the argument or captured value that holds a resource
// effect of the callee whose root is HeldByParam or HeldByFreeVar.
func (c *callee) holder(common *ssa.CallCommon, e *Effect) ssa.Value {
	vals := common.Args
	if e.Target.Root == HeldByFreeVar {
		vals = c.bindings
	}
	if e.Target.Index < len(vals) {
		return vals[e.Target.Index]
	}
	return nil
}

// rebind composes the callee's resource effects whose fate the caller
// decides. bind has already passed on those with Root None.
func (s *summarizer) rebind(fn *ssa.Function, instr ssa.CallInstruction, acc *accumulator) {
	common := instr.Common()
	c, ok := s.calleeOf(fn, common)
	if !ok {
		return
	}
	s.rebindEffects(fn, instr, &c, acc)
}

// rebindEffects composes the resource effects of c, called by instr,
// whose fate the caller decides.
func (s *summarizer) rebindEffects(fn *ssa.Function, instr ssa.CallInstruction, c *callee, acc *accumulator) {
	common := instr.Common()
	for _, e := range c.effects {
		if !bindFlag(common, &e) {
			continue
		}
		switch e.Target.Root {
		case HeldByParam, HeldByFreeVar:
			v := c.holder(common, &e)
			if v == nil {
				continue
			}
			s.rebindHeld(fn, instr, c, e, v, acc)
		case Returned:
			call, ok := instr.(*ssa.Call)
			if !ok && e.Kind != Spawn {
				continue
			}
			var v ssa.Value
			if ok {
				v = resultOf(call, e.Target.Index)
			}
			if v != nil && e.Kind == Spawn {
				s.rebindStop(fn, call, c, e, v, acc)
			} else if v != nil {
				s.rebindReturned(fn, call, c, e, v, acc)
			} else {
				// The result is dropped (or the callee runs in a go or
				// defer statement): nobody can remove it, or stop the
				// goroutine it stops, any more.
				out := s.passed(c, e, Target{}, instr.Pos())
				out.pos, out.handed = instr.Pos(), false
				acc.add(out)
			}
		}
	}
}

// rebindHeld decides, in the caller, a callee's effect held by the value
// v the caller passed in.
func (s *summarizer) rebindHeld(fn *ssa.Function, instr ssa.CallInstruction, c *callee, e Effect, v ssa.Value, acc *accumulator) {
	pos := instr.Pos()
	switch e.Kind {
	case Removes:
		if _, isGo := instr.(*ssa.Go); isGo {
			return
		}
		if t, ok := heldBy(fn, v); ok {
			acc.add(s.passed(c, e, t, pos))
		}
	case Spawn:
		if s.joins(fn, instr, []ssa.Value{v}) {
			return
		}
		t, _ := pendingOn(fn, []ssa.Value{v})
		acc.add(s.passed(c, e, t, pos))
	case DiskWrite:
		if e.Noun == BlobHeld {
			if w, ok := s.bucketWrite(fn, pos, v); ok {
				out := s.passed(c, e, w.Target, pos)
				out.Noun, out.Subject = w.Noun, w.Subject
				acc.add(out)
			}
			return
		}
		s.rebindFile(fn, instr, c, e, v, acc)
	case TempFile:
		s.rebindFile(fn, instr, c, e, v, acc)
	case Multipart:
		if s.removesForm(fn) {
			return
		}
		if by := requestCopy(v); by != "" {
			out := s.passed(c, e, Target{}, pos)
			out.Escape = "on a copy of the request made by " + by
			acc.add(out)
			return
		}
		if t, ok := heldBy(fn, v); ok {
			acc.add(s.passed(c, e, t, pos))
		}
	}
}

// rebindFile decides, in the caller, a file the callee made under the
// path v the caller passed in: the caller's temporary directory covers
// it, the caller may remove that path, or pass the decision on.
func (s *summarizer) rebindFile(fn *ssa.Function, instr ssa.CallInstruction, c *callee, e Effect, v ssa.Value, acc *accumulator) {
	if s.underTemp(fn, v) {
		return
	}
	life := &fileLife{fn: fn, made: instr, names: []ssa.Value{v}, ancestorsOnly: true}
	if s.removed(life) {
		return
	}
	t, _ := heldBy(fn, v)
	out := s.passed(c, e, t, instr.Pos())
	if e.Kind == DiskWrite {
		out.Subject = rebase(e.Subject, e.Target.Name, describePath(v, 0))
	}
	acc.add(out)
}

// rebase rewrites a path described in the callee's terms, starting with
// its parameter param, in the caller's: "dir/data.bin" becomes
// "uploads/data.bin" when the caller passes "uploads" as dir.
func rebase(subject, param, arg string) string {
	if param == "" || arg == "…" || !strings.HasPrefix(subject, param) {
		return subject
	}
	rest := subject[len(param):]
	if rest != "" && rest[0] != '/' && rest[0] != '.' {
		return subject // a longer name that starts alike
	}
	return joinUnknown(arg, rest, "")
}

// rebindReturned decides, in the caller, a resource the callee returns as
// the value v: the caller now makes it, at the call.
func (s *summarizer) rebindReturned(fn *ssa.Function, call *ssa.Call, c *callee, e Effect, v ssa.Value, acc *accumulator) {
	life := &fileLife{fn: fn, made: call, names: []ssa.Value{v}, errBranch: errorBranch(call)}
	out := s.passed(c, e, Target{}, call.Pos())
	// The caller is where the resource must be removed: report there.
	out.pos, out.remote, out.handed = call.Pos(), c.remote, true
	s.settleFile(life, out, acc)
}

// passed is the callee's effect e as an effect of the caller, with target
// t: the chain extended, reported at the call when the callee is in
// another package.
func (s *summarizer) passed(c *callee, e Effect, t Target, pos token.Pos) Effect {
	out := e
	out.Target = t
	if c.name != "" {
		out.Chain = extendChain(c.name, e.Chain)
	}
	if c.remote {
		out.pos, out.remote = pos, true
	}
	return out
}
