package ssaval

import (
	"fmt"
	"go/ast"
	"go/parser"
	"go/token"
	"go/types"
	"slices"
	"testing"

	"golang.org/x/tools/go/ssa"
	"golang.org/x/tools/go/ssa/ssautil"
)

const src = `package p

type HandlerFunc func(int)

type Handler interface{ Serve(int) }

func (f HandlerFunc) Serve(n int) { f(n) }

func f(int) {}

func use(Handler, any, func(int), HandlerFunc) {}

func calls() {
	use(HandlerFunc(f), HandlerFunc(f), f, HandlerFunc(func(int) {}))
}

func statements(n int) {
	defer f(n)
	if n > 0 {
		go f(n)
	}
	f(n)
}
`

func build(t *testing.T) *ssa.Package {
	t.Helper()
	fset := token.NewFileSet()
	file, err := parser.ParseFile(fset, "p.go", src, 0)
	if err != nil {
		t.Fatal(err)
	}
	pkg, _, err := ssautil.BuildPackage(&types.Config{}, fset, types.NewPackage("example.com/p", "p"), []*ast.File{file}, ssa.SanityCheckFunctions)
	if err != nil {
		t.Fatal(err)
	}
	return pkg
}

// TestCalls checks that calls, go and defer statements are all yielded,
// in block order, and that breaking out of the loop stops the walk.
func TestCalls(t *testing.T) {
	fn := build(t).Func("statements")
	var kinds []string
	for c := range Calls(fn) {
		kinds = append(kinds, fmt.Sprintf("%T", c))
	}
	// The deferred call runs again at the end, as ssa.RunDefers, which is
	// not a call instruction.
	want := []string{"*ssa.Defer", "*ssa.Go", "*ssa.Call"}
	if !slices.Equal(kinds, want) {
		t.Errorf("Calls = %v, want %v", kinds, want)
	}
	n := 0
	for range Calls(fn) {
		n++
		break
	}
	if n != 1 {
		t.Errorf("the walk went on after a break: %d calls", n)
	}
}

// TestUnconvert checks that a function value is found under a named
// function type and an interface, and that a function already bare is
// returned as it is.
func TestUnconvert(t *testing.T) {
	var args []ssa.Value
	for c := range Calls(build(t).Func("calls")) {
		args = c.Common().Args
	}
	if len(args) != 4 {
		t.Fatalf("use has %d arguments", len(args))
	}
	for i, arg := range args[:3] {
		if fn, ok := Unconvert(arg).(*ssa.Function); !ok || fn.Name() != "f" {
			t.Errorf("argument %d (%s): Unconvert = %v, want function f", i, arg, Unconvert(arg))
		}
	}
	if _, ok := Unconvert(args[3]).(*ssa.Function); !ok {
		t.Errorf("argument 3 (%s): Unconvert = %v, want the function literal", args[3], Unconvert(args[3]))
	}
}
