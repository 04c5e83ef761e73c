package analyzers

import (
	"golang.org/x/tools/go/analysis"

	"github.com/statecheck/statecheck/analyzers/internal/scope"
	"github.com/statecheck/statecheck/analyzers/sessionstore"
	"github.com/statecheck/statecheck/analyzers/shutdown"
)

// A Dependency is a package analyzed only for the facts its importers
// need, as a driver knows it before loading it.
type Dependency struct {
	Path   string
	Module *analysis.Module // nil outside modules
	File   string           // the name of one of its Go files
	// Imports are the package paths it imports.
	Imports []string
	// ImportsFacts reports whether any package it imports carries facts.
	ImportsFacts bool
}

// FactFree reports whether no analyzer of any check can export a fact
// about the dependency d. A driver that analyzes dependencies only for
// their facts, as go vet does, may then type-check d without function
// bodies and export its types alone: on a service's dependencies, most of
// them, that is most of the analysis time.
//
// It holds because statecheck analyzes only the user's own code (package
// analyzers/internal/scope): every analyzer but two works on the SSA form
// that is built for user code alone. The two that read other packages
// wake only on certain imports or on facts from imports: shutdown, outside
// the standard library, on servers and signals; sessionstore on session,
// rate-limit and Redis packages.
func FactFree(d Dependency) bool {
	if scope.InGOROOT(d.File) {
		return true
	}
	if d.ImportsFacts || scope.UserPackage(d.Path, d.Module, d.File) {
		return false
	}
	for _, imp := range d.Imports {
		if shutdown.WatchesImport(imp) || sessionstore.WatchesImport(imp) {
			return false
		}
	}
	return true
}
