// Package settings holds what statecheck cannot know about a codebase:
// the handler types and registration functions of an in-house framework,
// in-process stateful types, and variables accepted as rebuildable caches.
//
// Every setting is an analyzer flag, so go vet -vettool, nogo's
// analyzer_flags, the golangci-lint plugin and the CLI's configuration file
// all set it the same way. The request-path engine is shared by the checks
// that read it, so each of those checks registers the same flags: setting
// -globalstate.handlers or -fieldstate.handlers sets one list.
package settings

import (
	"flag"
	"go/types"
	"slices"
	"strings"
	"sync"

	"github.com/statecheck/statecheck/internal/config/qualified"
)

// List is a comma-separated flag of qualified names such as
// "example.com/web.Context" or "example.com/cache.LRU.Set".
type List struct {
	mu    sync.RWMutex
	items []string
}

// String implements flag.Value.
func (l *List) String() string {
	if l == nil {
		return ""
	}
	l.mu.RLock()
	defer l.mu.RUnlock()
	return strings.Join(l.items, ",")
}

// Set implements flag.Value; it replaces the list. Every name is checked
// as the configuration file's are (qualified.List), so a name rejected
// in the file is rejected as a flag too.
func (l *List) Set(s string) error {
	items, err := qualified.List(s)
	if err != nil {
		return err
	}
	slices.Sort(items)
	l.mu.Lock()
	l.items = items
	l.mu.Unlock()
	return nil
}

// Has reports whether the list holds name.
func (l *List) Has(name string) bool {
	l.mu.RLock()
	defer l.mu.RUnlock()
	_, ok := slices.BinarySearch(l.items, name)
	return ok
}

// Names returns the names in the list, sorted.
func (l *List) Names() []string {
	l.mu.RLock()
	defer l.mu.RUnlock()
	return slices.Clone(l.items)
}

// Empty reports whether the list is empty.
func (l *List) Empty() bool {
	l.mu.RLock()
	defer l.mu.RUnlock()
	return len(l.items) == 0
}

// The settings.
var (
	// HandlerTypes are types whose presence as a function's first
	// parameter (or pointer to it) makes the function a request handler:
	// an in-house framework's request context.
	HandlerTypes = new(List)
	// Registrars are functions and methods ("pkg.Func", "pkg.Type.Method")
	// whose function-valued arguments are request handlers.
	Registrars = new(List)
	// Stateful are in-process stateful types ("pkg.Type": every method
	// mutates) or methods ("pkg.Type.Method") whose calls write state held
	// in the receiver.
	Stateful = new(List)
	// Accepted are variables ("pkg.Var") and fields ("pkg.Type.Field")
	// accepted as rebuildable caches, as if declared //statecheck:cache.
	Accepted = new(List)
)

// Register adds the settings' flags to fs.
func Register(fs *flag.FlagSet) {
	fs.Var(HandlerTypes, "handlers", "comma-separated types (pkg/path.Type) whose functions taking them first are request handlers")
	fs.Var(Registrars, "registrars", "comma-separated functions or methods (pkg/path.Func, pkg/path.Type.Method) whose function arguments are request handlers")
	fs.Var(Stateful, "stateful", "comma-separated in-process stateful types or methods (pkg/path.Type, pkg/path.Type.Method) whose calls write state")
	fs.Var(Accepted, "accepted", "comma-separated variables or fields (pkg/path.Var, pkg/path.Type.Field) accepted as rebuildable caches")
}

// TypeName is the qualified name of a named type: "pkg/path.Type".
func TypeName(t types.Type) string {
	if p, ok := types.Unalias(t).(*types.Pointer); ok {
		t = p.Elem()
	}
	n, ok := types.Unalias(t).(*types.Named)
	if !ok || n.Obj().Pkg() == nil {
		return ""
	}
	return n.Obj().Pkg().Path() + "." + n.Obj().Name()
}

// FuncName is the qualified name of a function or method:
// "pkg/path.Func" or "pkg/path.Type.Method".
func FuncName(fn *types.Func) string {
	if fn == nil || fn.Pkg() == nil {
		return ""
	}
	if recv := fn.Signature().Recv(); recv != nil {
		if tn := TypeName(recv.Type()); tn != "" {
			return tn + "." + fn.Name()
		}
		return ""
	}
	return fn.Pkg().Path() + "." + fn.Name()
}

// VarName is the qualified name of a package-level variable or a field of
// a named struct type: "pkg/path.Var" or "pkg/path.Type.Field".
func VarName(v *types.Var, owner types.Type) string {
	if v.Pkg() == nil {
		return ""
	}
	if v.IsField() {
		if tn := TypeName(owner); tn != "" {
			return tn + "." + v.Name()
		}
		return ""
	}
	return v.Pkg().Path() + "." + v.Name()
}

// UnusedAccepted returns the accepted names of package pkg that can never
// take effect, because they name no package-level variable of pkg and no
// field of a struct type declared in it: a misspelt name, a name left
// behind when the variable was renamed or removed, or a field named
// through an alias (fields are named through the type that declares
// them). Names of other packages are left alone: whether they match can
// only be known where their package is analyzed. So is a misspelt type
// name, Typo.Field: it could as well be the variable Field of the
// package pkg.Path()+".Typo".
func UnusedAccepted(pkg *types.Package) []string {
	var unused []string
	for _, name := range Accepted.Names() {
		rest, ok := strings.CutPrefix(name, pkg.Path()+".")
		if !ok || strings.Count(rest, ".") > 1 {
			continue // another package's, or pkg.Path()+".v2"'s
		}
		if first, _, isField := strings.Cut(rest, "."); isField && pkg.Scope().Lookup(first) == nil {
			// "example.com/app.v2.X" may be X of example.com/app.v2: a
			// name whose first part pkg does not declare is not surely
			// pkg's.
			continue
		}
		if !acceptedExists(pkg, rest) {
			unused = append(unused, name)
		}
	}
	return unused
}

// acceptedExists reports whether rest, "Var" or "Type.Field", names a
// package-level variable or a struct field of pkg.
func acceptedExists(pkg *types.Package, rest string) bool {
	first, field, isField := strings.Cut(rest, ".")
	obj := pkg.Scope().Lookup(first)
	if !isField {
		_, ok := obj.(*types.Var)
		return ok
	}
	tn, ok := obj.(*types.TypeName)
	if !ok || tn.IsAlias() {
		return false
	}
	st, ok := tn.Type().Underlying().(*types.Struct)
	if !ok {
		return false
	}
	for f := range st.Fields() {
		if f.Name() == field {
			return true
		}
	}
	return false
}
