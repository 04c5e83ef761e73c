// Package lintkit is statecheck's one door to honnef.co/go/tools, the
// library behind staticcheck: the checks import this package, never
// honnef.co/go/tools itself, so what is adopted from it is chosen here and
// replaced here.
//
// What is adopted is staticcheck's naming of functions, which lets the
// library APIs a check knows be written as a table of names instead of a
// switch of package paths, receivers and names. The README's design notes
// say which other parts of honnef.co/go/tools were weighed and why they do
// not fit.
package lintkit

import (
	"go/types"
	"strings"

	"honnef.co/go/tools/go/types/typeutil"
)

// FuncName returns the fully qualified name of fn as staticcheck writes
// it: "net/http.ListenAndServe" for a function, "(*net/http.Server).Shutdown"
// for a method. A method of a generic type is named by its origin. A
// method declared on an alias (func (*A) M() with type A = T, or
// func (P) M() with type P = *T) is named by the type the alias stands
// for, as every call of it sees it; staticcheck names it by the alias.
func FuncName(fn *types.Func) string {
	fn = fn.Origin()
	if recv := fn.Signature().Recv(); recv != nil {
		if t := unaliasRecv(recv.Type()); t != recv.Type() {
			return "(" + types.TypeString(t, nil) + ")." + fn.Name()
		}
	}
	return typeutil.FuncName(fn)
}

// unaliasRecv returns the receiver type t with the aliases it is spelled
// with resolved, or t itself when it has none.
func unaliasRecv(t types.Type) types.Type {
	u := types.Unalias(t)
	if p, ok := u.(*types.Pointer); ok {
		if e := types.Unalias(p.Elem()); e != p.Elem() {
			return types.NewPointer(e)
		}
	}
	return u
}

// Table maps the fully qualified names of known functions and methods to
// what a check knows about each.
type Table[T any] map[string]T

// Lookup returns what t knows about fn.
func (t Table[T]) Lookup(fn *types.Func) (T, bool) {
	var zero T
	if fn == nil {
		return zero, false
	}
	v, ok := t[FuncName(fn)]
	return v, ok
}

// Names returns the bare names (ListenAndServe, Shutdown) of the
// functions in t: a check can tell from the source alone, before type
// checking, that a file mentions none of them.
func (t Table[T]) Names() map[string]bool {
	m := map[string]bool{}
	for full := range t {
		m[full[strings.LastIndex(full, ".")+1:]] = true
	}
	return m
}

// Methods adds to t the methods names of the type recv (written as in a
// FuncName, "*net/http.Server"), each with value v.
func (t Table[T]) Methods(recv string, v func(name string) T, names ...string) Table[T] {
	for _, n := range names {
		t["("+recv+")."+n] = v(n)
	}
	return t
}

// Funcs adds to t the package-level functions names of package path, each
// with value v.
func (t Table[T]) Funcs(path string, v func(name string) T, names ...string) Table[T] {
	for _, n := range names {
		t[path+"."+n] = v(n)
	}
	return t
}

// RecvNamed returns the named type fn is a method of, through a pointer
// and the aliases the receiver is spelled with ("Server" for
// (*net/http.Server).Shutdown), or nil for a function or a method of an
// unnamed type. Checks that name a method for a message, or match it by
// package, receiver and name, share this one reading of the receiver.
func RecvNamed(fn *types.Func) *types.Named {
	sig, ok := fn.Type().(*types.Signature)
	if !ok || sig.Recv() == nil {
		return nil
	}
	n, _ := types.Unalias(typeutil.Dereference(sig.Recv().Type())).(*types.Named)
	return n
}

// RecvName returns the name of RecvNamed(fn), or "".
func RecvName(fn *types.Func) string {
	if n := RecvNamed(fn); n != nil {
		return n.Obj().Name()
	}
	return ""
}
