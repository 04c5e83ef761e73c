// Package ssaval holds small readings of x/tools' SSA values that the
// engine's packages share, so that handler discovery and the effects
// engine see through a value's wrappers the same way.
package ssaval

import "golang.org/x/tools/go/ssa"

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
