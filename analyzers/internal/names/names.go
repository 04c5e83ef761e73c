// Package names names functions for messages, the same way in every
// check and in the engine.
package names

import (
	"go/types"
	"strings"

	"golang.org/x/tools/go/ssa"
)

// Decl names fn for messages, as seen from package from: "save",
// "Store.Save", "store.Save", "store.Store.Save".
func Decl(fn *ssa.Function, from *types.Package) string {
	if obj, ok := fn.Object().(*types.Func); ok {
		return Object(obj, from)
	}
	return fn.Name()
}

// Object names a declared function or method for messages, as seen
// from package from.
func Object(fn *types.Func, from *types.Package) string {
	name := fn.Name()
	if sig, ok := fn.Type().(*types.Signature); ok && sig.Recv() != nil {
		t := sig.Recv().Type()
		if p, ok := t.(*types.Pointer); ok {
			t = p.Elem()
		}
		if n, ok := types.Unalias(t).(*types.Named); ok {
			name = n.Obj().Name() + "." + name
		}
	}
	if fn.Pkg() != nil && fn.Pkg() != from {
		name = fn.Pkg().Name() + "." + name
	}
	return name
}

// Func names fn for messages, as seen from package from: functions
// by name, methods as Type.Method, function literals as "func literal in
// F", qualified by package name when fn is declared elsewhere.
func Func(fn *ssa.Function, from *types.Package) string {
	if fn.Parent() != nil {
		outer := fn
		for outer.Parent() != nil {
			outer = outer.Parent()
		}
		return "func literal in " + Decl(outer, from)
	}
	return strings.TrimSpace(Decl(fn, from))
}
