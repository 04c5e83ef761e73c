package effects

import (
	"strings"

	"golang.org/x/tools/go/ssa"
)

// The body of a range-over-func loop,
//
//	for k := range seq(3) { m[k] = true }
//
// is built as a synthetic yield closure passed to the iterator:
//
//	y := make closure fn$1 [m, …]
//	t := seq(3)
//	t(y)
//
// The iterator is a function value, so the call is not followed, and
// nothing else calls the closure. Yet the body runs synchronously, inside
// the enclosing function, as the body of any other loop does: its effects
// are the enclosing function's, composed at the call of the iterator with
// the closure's captured variables bound to the enclosing function's.
//
// What the body writes through the values the iterator yields (the
// closure's parameters) is not followed: the iterator decides what they
// are.

// yieldSynthetic is the ssa.Function.Synthetic of a loop body's closure.
const yieldSynthetic = "range-over-func yield"

// loopBody returns the closure of a range-over-func loop's body that
// common passes to its iterator, or nil.
func loopBody(common *ssa.CallCommon) *ssa.MakeClosure {
	if common.IsInvoke() || len(common.Args) != 1 {
		return nil
	}
	mc, ok := common.Args[0].(*ssa.MakeClosure)
	if !ok {
		return nil
	}
	if body, ok := mc.Fn.(*ssa.Function); ok && body.Synthetic == yieldSynthetic {
		return mc
	}
	return nil
}

// loopBodyEffects composes the state writes of the loop body an iterator
// call runs; bind drops those through the closure's parameters, which
// have no argument here.
func (s *summarizer) loopBodyEffects(fn *ssa.Function, instr ssa.CallInstruction, acc *accumulator) {
	mc := loopBody(instr.Common())
	if mc == nil {
		return
	}
	body := mc.Fn.(*ssa.Function)
	s.bind(fn, instr.Block(), &ssa.CallCommon{}, mc.Bindings, s.summary(body), "", instr.Pos(), false, acc)
	acc.inherit(body, s.drops[body])
}

// loopBodyResources composes the resource effects of the loop body an
// iterator call runs whose fate the enclosing function decides: a
// goroutine on a WaitGroup it waits for after the loop, a file under a
// directory it removes. Those held by the closure's parameters or
// returned by it are the iterator's business and are not followed.
func (s *summarizer) loopBodyResources(fn *ssa.Function, instr ssa.CallInstruction, acc *accumulator) {
	mc := loopBody(instr.Common())
	if mc == nil {
		return
	}
	body := mc.Fn.(*ssa.Function)
	c := callee{bindings: mc.Bindings}
	for _, e := range s.summary(body) {
		if e.Target.Root == HeldByFreeVar {
			c.effects = append(c.effects, e)
		}
	}
	s.rebindEffects(fn, instr, &c, acc)
}

// loopState reports whether t is the state variable of a range-over-func
// loop, captured by the body's closure: "jump$1". The closure begins with
// "if jump$1 != 0 { panic(…) }", a branch on a zero value that would make
// the whole body look like lazy initialization. No Go variable has a "$"
// in its name.
func loopState(t Target) bool {
	return t.Root == FreeVar && len(t.Path) == 0 && strings.HasPrefix(t.Name, "jump$")
}
