package ssaval

import (
	"go/ast"
	"go/parser"
	"go/token"
	"go/types"
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
`

// TestUnconvert checks that a function value is found under a named
// function type and an interface, and that a function already bare is
// returned as it is.
func TestUnconvert(t *testing.T) {
	fset := token.NewFileSet()
	file, err := parser.ParseFile(fset, "p.go", src, 0)
	if err != nil {
		t.Fatal(err)
	}
	pkg, _, err := ssautil.BuildPackage(&types.Config{}, fset, types.NewPackage("example.com/p", "p"), []*ast.File{file}, ssa.SanityCheckFunctions)
	if err != nil {
		t.Fatal(err)
	}
	var call *ssa.Call
	for _, b := range pkg.Func("calls").Blocks {
		for _, instr := range b.Instrs {
			if c, ok := instr.(*ssa.Call); ok {
				call = c
			}
		}
	}
	if call == nil {
		t.Fatal("no call of use")
	}
	args := call.Call.Args
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
