package effects

import (
	"go/types"
	"slices"
	"strings"

	"golang.org/x/tools/go/ssa"

	"github.com/statecheck/statecheck/analyzers/internal/names"
)

// DisplayObject is names.Object.
func DisplayObject(fn *types.Func, from *types.Package) string { return names.Object(fn, from) }

// DisplayName is names.Func.
func DisplayName(fn *ssa.Function, from *types.Package) string { return names.Func(fn, from) }

// displayName is names.Decl.
func displayName(fn *ssa.Function, from *types.Package) string { return names.Decl(fn, from) }

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
