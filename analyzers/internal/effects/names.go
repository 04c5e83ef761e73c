package effects

import (
	"go/types"
	"slices"
	"strings"

	"golang.org/x/tools/go/ssa"
)

// displayName names fn for messages, as seen from package from: "save",
// "Store.Save", "store.Save", "store.Store.Save".
func displayName(fn *ssa.Function, from *types.Package) string {
	if obj, ok := fn.Object().(*types.Func); ok {
		return DisplayObject(obj, from)
	}
	return fn.Name()
}

// DisplayObject names a declared function or method for messages, as seen
// from package from.
func DisplayObject(fn *types.Func, from *types.Package) string {
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

// DisplayName names fn for messages, as seen from package from: functions
// by name, methods as Type.Method, function literals as "func literal in
// F", qualified by package name when fn is declared elsewhere.
func DisplayName(fn *ssa.Function, from *types.Package) string {
	if fn.Parent() != nil {
		outer := fn
		for outer.Parent() != nil {
			outer = outer.Parent()
		}
		return "func literal in " + displayName(outer, from)
	}
	return strings.TrimSpace(displayName(fn, from))
}

// qualifyChain rewrites a chain that package pkg named, as seen from pkg,
// as seen from any other package: pkg's own functions ("save",
// "Store.Save") gain pkg's name ("store.save", "store.Store.Save"); names
// of other packages ("kv.Put", "kv.Map.Set") are already qualified. A
// name "X.Y" is pkg's method when X is a type of pkg: Go forbids an
// import name that is also declared in the package block.
func qualifyChain(chain []string, pkg *types.Package) []string {
	var out []string
	for i, c := range chain {
		q := c
		first, _, dotted := strings.Cut(c, ".")
		switch {
		case c == "…":
		case !dotted:
			q = pkg.Name() + "." + c
		case strings.Count(c, ".") == 1:
			if _, isType := pkg.Scope().Lookup(first).(*types.TypeName); isType {
				q = pkg.Name() + "." + c
			}
		}
		if q != c && out == nil {
			out = slices.Clone(chain)
		}
		if out != nil {
			out[i] = q
		}
	}
	if out == nil {
		return chain
	}
	return out
}
