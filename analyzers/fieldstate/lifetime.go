package fieldstate

import (
	"go/types"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/ssa"

	"github.com/statecheck/statecheck/analyzers/internal/effects"
	"github.com/statecheck/statecheck/analyzers/internal/entry"
	"github.com/statecheck/statecheck/analyzers/internal/ssabuild"
)

// requestTypes finds the package's types whose values live no longer than
// a request: every value the package makes of one is made by request code,
// and nothing long-lived in the package can hold one. A handler closure
// that captures a pointer to such a value — a per-request probe whose
// Reset method returns a handler that refills it — writes request-scoped
// memory, however long-lived the function that made the closure looks.
//
// The package cannot see its importers, which may also make values of its
// types; a type that only request code of its own package makes is taken
// to be meant for requests.
//
// Which function calls which and what each allocates on the heap is what
// the effects walk noted (effects.Result.UsesOf); the package's
// instructions are not walked again here.
func requestTypes(pass *analysis.Pass, res *entry.Result) map[*types.TypeName]bool {
	built := pass.ResultOf[ssabuild.Analyzer].(*ssabuild.SSA)
	if built == nil {
		return nil
	}
	notes := pass.ResultOf[effects.Analyzer].(*effects.Result)
	// Tests make values of any type outside any request; they do not run
	// in the service.
	var funcs []*ssa.Function
	for _, fn := range built.SrcFuncs {
		if !entry.InTestFile(pass.Fset, fn) {
			funcs = append(funcs, fn)
		}
	}
	if init := built.Pkg.Func("init"); init != nil {
		funcs = append(funcs, init)
	}
	uses := make(map[*ssa.Function]effects.Uses, len(funcs))
	for _, fn := range funcs {
		uses[fn] = notes.UsesOf(fn)
	}
	scoped := requestFuncs(res, funcs, uses)

	candidates := map[*types.TypeName]bool{} // made at least once, only by request code
	for _, fn := range funcs {
		// A local that does not escape its function holds a value only
		// that call sees; a copy of it lives wherever it is copied to,
		// itself an allocation. Heap lists only the escaping ones.
		for _, t := range uses[fn].Heap {
			obj := localNamed(pass, t)
			if obj == nil {
				continue
			}
			if made, seen := candidates[obj]; !seen || made {
				candidates[obj] = scoped[fn]
			}
		}
	}
	// A field of a request-scoped type lives as long as the request
	// (a response payload that holds another); anything else that can
	// hold a value may keep it. Types are taken back until none is held
	// by something long-lived.
	for changed := true; changed; {
		changed = false
		for obj, ok := range candidates {
			if ok && heldLongLived(pass, obj, candidates) {
				candidates[obj], changed = false, true
			}
		}
	}
	return candidates
}

// requestFuncs finds the functions that run only while serving a
// request: handlers and the function literals in them, and unexported
// functions that are only ever called, never taken as values nor started
// by a go statement (whose goroutine may outlive the request), and only
// by such functions. uses holds what each of funcs calls and takes as
// values.
func requestFuncs(res *entry.Result, funcs []*ssa.Function, uses map[*ssa.Function]effects.Uses) map[*ssa.Function]bool {
	scoped := map[*ssa.Function]bool{}
	callers := map[*ssa.Function][]*ssa.Function{}
	escapes := map[*ssa.Function]bool{}
	for _, fn := range funcs {
		if res.WithinHandler(fn) {
			scoped[fn] = true
		}
		for _, callee := range uses[fn].Calls {
			callers[callee] = append(callers[callee], fn)
		}
		for _, v := range uses[fn].Values {
			escapes[v] = true
		}
	}
	for changed := true; changed; {
		changed = false
		for _, fn := range funcs {
			if scoped[fn] || escapes[fn] || len(callers[fn]) == 0 || exported(fn) {
				continue
			}
			all := true
			for _, c := range callers[fn] {
				all = all && scoped[c]
			}
			if all {
				scoped[fn], changed = true, true
			}
		}
		// Function literals run within the function that made them.
		for _, fn := range funcs {
			if !scoped[fn] && fn.Parent() != nil && scoped[fn.Parent()] {
				scoped[fn], changed = true, true
			}
		}
	}
	return scoped
}

// exported reports whether fn may be called from other packages, whose
// callers this package cannot see. Nothing imports a command, so the
// exported functions of package main have only the callers seen here.
func exported(fn *ssa.Function) bool {
	if fn.Name() == "init" || fn.Name() == "main" {
		return true
	}
	if fn.Pkg != nil && fn.Pkg.Pkg.Name() == "main" {
		return false
	}
	obj := fn.Object()
	return obj != nil && obj.Exported()
}

// localNamed returns the type name of t when t is a named type declared in
// the package being analyzed.
func localNamed(pass *analysis.Pass, t types.Type) *types.TypeName {
	n, ok := types.Unalias(t).(*types.Named)
	if !ok || n.Obj().Pkg() != pass.Pkg {
		return nil
	}
	return n.Origin().Obj()
}

// heldLongLived reports whether something that may outlive a request can
// hold a value of obj's type: a package-level variable or a field of
// another of the package's types whose type mentions it, unless that type
// is request-scoped itself.
func heldLongLived(pass *analysis.Pass, obj *types.TypeName, scoped map[*types.TypeName]bool) bool {
	scope := pass.Pkg.Scope()
	for _, name := range scope.Names() {
		switch o := scope.Lookup(name).(type) {
		case *types.Var:
			if mentions(o.Type(), obj, nil) {
				return true
			}
		case *types.TypeName:
			if o == obj || scoped[o] {
				continue
			}
			if mentions(o.Type().Underlying(), obj, nil) {
				return true
			}
		}
	}
	return false
}

// mentions reports whether type t refers to obj's type, through pointers,
// containers, struct fields, signatures and type arguments, without
// entering other named types' definitions.
func mentions(t types.Type, obj *types.TypeName, seen map[types.Type]bool) bool {
	if seen[t] {
		return false
	}
	if seen == nil {
		seen = map[types.Type]bool{}
	}
	seen[t] = true
	switch t := types.Unalias(t).(type) {
	case *types.Named:
		if t.Origin().Obj() == obj {
			return true
		}
		for i := 0; i < t.TypeArgs().Len(); i++ {
			if mentions(t.TypeArgs().At(i), obj, seen) {
				return true
			}
		}
	case *types.Pointer:
		return mentions(t.Elem(), obj, seen)
	case *types.Slice:
		return mentions(t.Elem(), obj, seen)
	case *types.Array:
		return mentions(t.Elem(), obj, seen)
	case *types.Chan:
		return mentions(t.Elem(), obj, seen)
	case *types.Map:
		return mentions(t.Key(), obj, seen) || mentions(t.Elem(), obj, seen)
	case *types.Struct:
		for i := 0; i < t.NumFields(); i++ {
			if mentions(t.Field(i).Type(), obj, seen) {
				return true
			}
		}
	}
	return false
}

// capturesRequestValue reports whether the closure's captured variable
// index holds a pointer to a value of a request-scoped type.
func capturesRequestValue(pass *analysis.Pass, fn *ssa.Function, index int, scoped map[*types.TypeName]bool) bool {
	if index >= len(fn.FreeVars) {
		return false
	}
	// A captured variable is a pointer to the variable's cell.
	cell, ok := fn.FreeVars[index].Type().(*types.Pointer)
	if !ok {
		return false
	}
	ptr, ok := types.Unalias(cell.Elem()).(*types.Pointer)
	if !ok {
		return false
	}
	obj := localNamed(pass, ptr.Elem())
	return obj != nil && scoped[obj]
}

// requestReceiver reports whether fn is a method whose receiver has a
// request-scoped type: every value of it is made by request code.
func requestReceiver(pass *analysis.Pass, fn *ssa.Function, scoped map[*types.TypeName]bool) bool {
	if fn == nil || fn.Signature.Recv() == nil {
		return false
	}
	t := fn.Signature.Recv().Type()
	if p, ok := t.(*types.Pointer); ok {
		t = p.Elem()
	}
	obj := localNamed(pass, t)
	return obj != nil && scoped[obj]
}
