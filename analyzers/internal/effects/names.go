package effects

import (
	"go/types"

	"golang.org/x/tools/go/ssa"

	"github.com/statecheck/statecheck/analyzers/internal/names"
)

// DisplayObject is names.Object.
func DisplayObject(fn *types.Func, from *types.Package) string { return names.Object(fn, from) }

// DisplayName is names.Func.
func DisplayName(fn *ssa.Function, from *types.Package) string { return names.Func(fn, from) }

// displayName is names.Decl.
func displayName(fn *ssa.Function, from *types.Package) string { return names.Decl(fn, from) }
