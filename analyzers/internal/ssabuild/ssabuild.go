// Package ssabuild builds SSA for the user's own packages only.
//
// It is buildssa without the cost: buildssa (and the ctrlflow facts it
// requires) runs on every package under go vet, the whole standard library
// included, while statecheck needs SSA only for code that can hold client
// state. For any other package the result is nil, and the analyzers that
// depend on it return at once.
package ssabuild

import (
	"go/ast"
	"go/types"
	"reflect"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/ssa"

	"github.com/statecheck/statecheck/analyzers/internal/scope"
)

// Analyzer builds the package's SSA form; its result is a *SSA, nil when
// the package is not the user's code (see package scope).
var Analyzer = &analysis.Analyzer{
	Name:             "statecheckssa",
	Doc:              "build SSA form of the user's packages for statecheck",
	Run:              run,
	ResultType:       reflect.TypeFor[*SSA](),
	RunDespiteErrors: false,
}

// SSA is the SSA form of one package.
type SSA struct {
	Pkg *ssa.Package
	// SrcFuncs are the package's functions and methods declared in source,
	// each followed by its function literals, in source order.
	SrcFuncs []*ssa.Function
}

func run(pass *analysis.Pass) (any, error) {
	if !scope.UserCode(pass) {
		return (*SSA)(nil), nil
	}
	prog := ssa.NewProgram(pass.Fset, ssa.BuilderMode(0))
	for _, p := range pass.Pkg.Imports() {
		prog.CreatePackage(p, nil, nil, true)
	}
	pkg := prog.CreatePackage(pass.Pkg, pass.Files, pass.TypesInfo, false)
	pkg.Build()

	var funcs []*ssa.Function
	var addAnons func(f *ssa.Function)
	addAnons = func(f *ssa.Function) {
		funcs = append(funcs, f)
		for _, anon := range f.AnonFuncs {
			addAnons(anon)
		}
	}
	for _, f := range pass.Files {
		for _, decl := range f.Decls {
			fd, ok := decl.(*ast.FuncDecl)
			if !ok {
				continue
			}
			obj, ok := pass.TypesInfo.Defs[fd.Name]
			if !ok || obj == nil {
				continue
			}
			if fn := prog.FuncValue(obj.(*types.Func)); fn != nil {
				addAnons(fn)
			}
		}
	}
	// Package-level variable initializers may hold function literals
	// (var h = func(w http.ResponseWriter, r *http.Request) {...}); they
	// are anonymous functions of the synthetic init function.
	if init := pkg.Func("init"); init != nil {
		for _, anon := range init.AnonFuncs {
			addAnons(anon)
		}
	}
	return &SSA{Pkg: pkg, SrcFuncs: funcs}, nil
}
