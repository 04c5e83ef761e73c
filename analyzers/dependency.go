package analyzers

import (
	"go/scanner"
	"go/token"
	"os"

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
	// Files are its Go files, as the driver will parse them.
	Files []string
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
// wake only on certain imports or on facts from imports: sessionstore on
// session, rate-limit and Redis packages; shutdown, outside the standard
// library, on servers and signals, and then only where the source names
// one of the functions it knows (shutdown.KnownName). That last test reads
// d's files: it is what lets the many HTTP clients among dependencies,
// which import net/http but never serve, go without analysis. A file that
// cannot be read counts as naming them.
func FactFree(d Dependency) bool {
	var file string
	if len(d.Files) > 0 {
		file = d.Files[0]
	}
	if scope.InGOROOT(file) {
		return true
	}
	if d.ImportsFacts || scope.UserPackage(d.Path, d.Module, file) {
		return false
	}
	watched := false
	for _, imp := range d.Imports {
		if sessionstore.WatchesImport(imp) {
			return false
		}
		watched = watched || shutdown.WatchesImport(imp)
	}
	return !watched || !spellsAny(d.Files, shutdown.KnownName)
}

// spellsAny reports whether any of the Go files names, or one that cannot
// be read, has an identifier for which known holds. Comments and string
// literals do not count: the scanner skips them.
func spellsAny(names []string, known func(string) bool) bool {
	fset := token.NewFileSet()
	for _, name := range names {
		src, err := os.ReadFile(name)
		if err != nil {
			return true
		}
		var s scanner.Scanner
		s.Init(fset.AddFile(name, -1, len(src)), src, nil, 0)
		for {
			_, tok, lit := s.Scan()
			if tok == token.EOF {
				break
			}
			if tok == token.IDENT && known(lit) {
				return true
			}
		}
	}
	return false
}
