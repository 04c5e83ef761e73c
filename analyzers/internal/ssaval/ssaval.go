// Package ssaval holds small readings of x/tools' SSA values that the
// engine's packages share, so that handler discovery and the effects
// engine see through a value's wrappers the same way.
package ssaval

import (
	"iter"

	"golang.org/x/tools/go/ssa"
)

// Unconvert strips the conversions that wrap a function value without
// changing what it calls: to a named function type (http.HandlerFunc(f))
// and to an interface (a handler stored as http.Handler or any).
func Unconvert(v ssa.Value) ssa.Value {
	for {
		switch c := v.(type) {
		case *ssa.ChangeType:
			v = c.X
		case *ssa.MakeInterface:
			v = c.X
		default:
			return v
		}
	}
}

// Calls yields the call instructions of fn (calls, go and defer
// statements) in the order of its blocks.
func Calls(fn *ssa.Function) iter.Seq[ssa.CallInstruction] {
	return func(yield func(ssa.CallInstruction) bool) {
		for _, b := range fn.Blocks {
			for _, instr := range b.Instrs {
				if ci, ok := instr.(ssa.CallInstruction); ok && !yield(ci) {
					return
				}
			}
		}
	}
}
