package lintkit

import (
	"go/ast"
	"go/parser"
	"go/token"
	"go/types"
	"testing"
)

const src = `package p

type Server struct{}

func (*Server) Shutdown() {}
func (Server) Serve()     {}

type Alias = Server

// ServerPtr lets a method be declared on an alias of a pointer.
type ServerPtr = *Server

func (ServerPtr) Close() {}

func (*Alias) Stop() {}

type List[T any] struct{}

func (*List[T]) Push(T) {}

type Runner interface{ Run() }

func ListenAndServe() {}

var _ = new(List[int])
`

// objects type-checks src and returns its functions and methods by the
// name staticcheck gives them, and the instantiated method List[int].Push.
func objects(t *testing.T) (map[string]*types.Func, *types.Func) {
	t.Helper()
	fset := token.NewFileSet()
	f, err := parser.ParseFile(fset, "p.go", src, 0)
	if err != nil {
		t.Fatal(err)
	}
	pkg, err := new(types.Config).Check("example.com/p", fset, []*ast.File{f}, nil)
	if err != nil {
		t.Fatal(err)
	}
	fns := map[string]*types.Func{}
	for _, name := range pkg.Scope().Names() {
		switch obj := pkg.Scope().Lookup(name).(type) {
		case *types.Func:
			fns[name] = obj
		case *types.TypeName:
			if n, ok := obj.Type().(*types.Named); ok && !obj.IsAlias() {
				for m := range n.Methods() {
					fns[name+"."+m.Name()] = m
				}
				if it, ok := n.Underlying().(*types.Interface); ok {
					for m := range it.Methods() {
						fns[name+"."+m.Name()] = m
					}
				}
			}
		}
	}
	inst, err := types.Instantiate(nil, pkg.Scope().Lookup("List").Type(), []types.Type{types.Typ[types.Int]}, true)
	if err != nil {
		t.Fatal(err)
	}
	push, _, _ := types.LookupFieldOrMethod(types.NewPointer(inst), false, pkg, "Push")
	return fns, push.(*types.Func)
}

// TestNames checks the full name of each function and method, as
// staticcheck writes it, and the name of its receiver's type.
func TestNames(t *testing.T) {
	fns, push := objects(t)
	for key, want := range map[string][2]string{
		"ListenAndServe":  {"example.com/p.ListenAndServe", ""},
		"Server.Shutdown": {"(*example.com/p.Server).Shutdown", "Server"},
		"Server.Serve":    {"(example.com/p.Server).Serve", "Server"},
		"Server.Close":    {"(*example.com/p.Server).Close", "Server"},
		"Server.Stop":     {"(*example.com/p.Server).Stop", "Server"},
		"List.Push":       {"(*example.com/p.List[T]).Push", "List"},
		"Runner.Run":      {"(example.com/p.Runner).Run", "Runner"},
	} {
		if got := [2]string{FuncName(fns[key]), RecvName(fns[key])}; got != want {
			t.Errorf("FuncName, RecvName of %s = %q, want %q", key, got, want)
		}
	}
	// A method of an instance is named by its generic origin, so one
	// table entry matches every instantiation.
	if got, want := FuncName(push), FuncName(fns["List.Push"]); got != want {
		t.Errorf("FuncName(List[int].Push) = %q, want %q", got, want)
	}
	if got := RecvName(push); got != "List" {
		t.Errorf("RecvName(List[int].Push) = %q, want List", got)
	}
}

func TestTable(t *testing.T) {
	fns, _ := objects(t)
	tab := Table[int]{}
	tab.Methods("*example.com/p.Server", func(string) int { return 1 }, "Shutdown")
	tab.Funcs("example.com/p", func(name string) int { return len(name) }, "ListenAndServe")
	if v, ok := tab.Lookup(fns["Server.Shutdown"]); !ok || v != 1 {
		t.Errorf("Lookup(Shutdown) = %d, %v", v, ok)
	}
	if v, ok := tab.Lookup(fns["ListenAndServe"]); !ok || v != len("ListenAndServe") {
		t.Errorf("Lookup(ListenAndServe) = %d, %v", v, ok)
	}
	// The value receiver's Serve is another method than a pointer's.
	if _, ok := tab.Lookup(fns["Server.Serve"]); ok {
		t.Error("Lookup(Serve) found an entry")
	}
	if _, ok := tab.Lookup(nil); ok {
		t.Error("Lookup(nil) found an entry")
	}
	names := tab.Names()
	if !names["Shutdown"] || !names["ListenAndServe"] || len(names) != 2 {
		t.Errorf("Names() = %v", names)
	}
}
