// Package scope decides which packages statecheck analyzes in depth.
//
// Under go vet -vettool and nogo, every analyzer runs on every dependency
// of the code being checked, the standard library included. Building SSA
// and summaries for all of them would cost more than the whole go vet
// suite and would find nothing useful: the standard library and
// third-party modules are modelled by what they do (see package model),
// not analyzed, and their internal caches are not the user's client state.
// So only the user's own code — the main module and local replacements,
// or packages loaded without module information — is analyzed.
package scope

import (
	"go/build"
	"path/filepath"
	"strings"

	"golang.org/x/tools/go/analysis"

	"github.com/statecheck/statecheck/analyzers/internal/model"
)

// goroot is where the standard library's sources live.
var goroot = filepath.Clean(build.Default.GOROOT)

// UserCode reports whether pass analyzes the user's own code, as opposed
// to the standard library, a versioned third-party module, or a library
// statecheck models by its API.
func UserCode(pass *analysis.Pass) bool {
	if model.Library(pass.Pkg.Path()) {
		return false
	}
	if m := pass.Module; m != nil && m.Version != "" {
		if m.Replace == nil || m.Replace.Version != "" {
			return false // a versioned dependency, not replaced by a local copy
		}
	}
	return !Std(pass)
}

// Std reports whether pass analyzes a package of the standard library,
// whose sources live under GOROOT.
func Std(pass *analysis.Pass) bool {
	if len(pass.Files) == 0 || goroot == "." {
		return false
	}
	name := pass.Fset.File(pass.Files[0].Pos()).Name()
	return strings.HasPrefix(name, goroot+string(filepath.Separator))
}
