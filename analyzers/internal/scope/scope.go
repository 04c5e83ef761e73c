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
//
// The vet tool relies on this to skip most dependencies altogether (see
// analyzers.FactFree): an analyzer that starts exporting facts about other
// packages must say so there.
package scope

import (
	"go/build"
	"os"
	"path/filepath"
	"strings"
	"sync"

	"golang.org/x/tools/go/analysis"

	"github.com/statecheck/statecheck/analyzers/internal/model"
)

// goroot is where the standard library's sources live.
var goroot = filepath.Clean(build.Default.GOROOT)

// UserCode reports whether pass analyzes the user's own code, as opposed
// to the standard library, a versioned third-party module, or a library
// statecheck models by its API.
func UserCode(pass *analysis.Pass) bool {
	return UserPackage(pass.Pkg.Path(), pass.Module, firstFile(pass))
}

// UserPackage is UserCode for a package known by its path, its module (nil
// outside modules) and the name of one of its files: what a driver knows of
// a package before loading it.
func UserPackage(path string, m *analysis.Module, file string) bool {
	if model.Library(path) {
		return false
	}
	if m != nil && m.Version != "" {
		switch {
		case m.Replace != nil && m.Replace.Version != "":
			return false // replaced by another version
		case m.Replace == nil && !localCopy(m.Version, file):
			return false // a versioned dependency
		}
	}
	return !InGOROOT(file)
}

// localCopy reports whether file, of a module at version, lies outside
// both the module cache, where a module's directory ends in
// "@version", and a vendor directory: that is, in a local directory the
// module is replaced by. go vet (before go1.27) tells its vet tool a
// dependency's module path and version but not that it is replaced.
func localCopy(version, file string) bool {
	slash := filepath.ToSlash(file)
	return !strings.Contains(slash, "@"+escapeVersion(version)+"/") && !strings.Contains(slash, "/vendor/")
}

// escapeVersion is how the module cache spells a version in a directory
// name: each upper-case letter becomes "!" and its lower-case form.
func escapeVersion(v string) string {
	var b strings.Builder
	for _, r := range v {
		if 'A' <= r && r <= 'Z' {
			b.WriteByte('!')
			r += 'a' - 'A'
		}
		b.WriteRune(r)
	}
	return b.String()
}

// Std reports whether pass analyzes a package of the standard library,
// whose sources live under GOROOT.
func Std(pass *analysis.Pass) bool {
	return InGOROOT(firstFile(pass))
}

// InGOROOT reports whether the file name lies under GOROOT. The go
// command sets $GOROOT for the vet tools it runs, so a vet tool built with
// another Go release still finds the standard library of the go command
// that runs it.
func InGOROOT(name string) bool {
	return goroot != "." && strings.HasPrefix(name, goroot+string(filepath.Separator))
}

var stdPackages sync.Map // import path → bool

// StdPackage reports whether path is a package of the standard library:
// its first element has no dot and GOROOT holds its sources.
func StdPackage(path string) bool {
	if v, ok := stdPackages.Load(path); ok {
		return v.(bool)
	}
	first, _, _ := strings.Cut(path, "/")
	std := false
	if !strings.Contains(first, ".") && goroot != "." {
		_, err := os.Stat(filepath.Join(goroot, "src", path))
		std = err == nil
	}
	stdPackages.Store(path, std)
	return std
}

func firstFile(pass *analysis.Pass) string {
	if len(pass.Files) == 0 {
		return ""
	}
	return pass.Fset.File(pass.Files[0].Pos()).Name()
}
