package main

import (
	"errors"
	"go/ast"
	"go/types"

	"golang.org/x/tools/go/analysis"

	"github.com/statecheck/statecheck/analyzers"
)

// testChecks are stand-ins for real checks with fixed behaviour, run by
// the statecheck-test command of the scripts:
//
//   - testcounter (on, fix) reports x++ and x-- on package-level
//     variables, with the variable's declaration as related information
//     and a fix deleting the statement; -testcounter.skip=NAME skips one
//     variable.
//   - testoff (off by default) reports every function named Off.
//   - testpanic panics on a package with a function named Boom.
//   - testerror fails on a package with a function named Fail; it has
//     facts, so it also runs on the packages the checked ones import.
var testChecks = []analyzers.Check{
	{Analyzer: testCounter, Title: "package-level counters", Default: true, Fix: true},
	{Analyzer: testOff, Title: "functions named Off"},
	{Analyzer: testPanic, Title: "panics on Boom", Default: true},
	{Analyzer: testError, Title: "fails on Fail", Default: true},
}

var testCounterSkip string

var testCounter = &analysis.Analyzer{
	Name: "testcounter",
	Doc:  "testcounter: report package-level counters\n\nIt reports x++ and x-- on package-level variables.",
	URL:  "https://example.com/statecheck#testcounter",
	Run: func(pass *analysis.Pass) (any, error) {
		for _, f := range pass.Files {
			ast.Inspect(f, func(n ast.Node) bool {
				s, ok := n.(*ast.IncDecStmt)
				if !ok {
					return true
				}
				id, ok := s.X.(*ast.Ident)
				if !ok {
					return true
				}
				v, ok := pass.TypesInfo.Uses[id].(*types.Var)
				if !ok || v.Parent() != pass.Pkg.Scope() || v.Name() == testCounterSkip {
					return true
				}
				pass.Report(analysis.Diagnostic{
					Pos:     s.Pos(),
					End:     s.End(),
					Message: "package-level counter " + v.Name() + " changed",
					Related: []analysis.RelatedInformation{{Pos: v.Pos(), Message: v.Name() + " declared here"}},
					SuggestedFixes: []analysis.SuggestedFix{{
						Message:   "Delete the statement",
						TextEdits: []analysis.TextEdit{{Pos: s.Pos(), End: s.End()}},
					}},
				})
				return true
			})
		}
		return nil, nil
	},
}

func init() {
	testCounter.Flags.StringVar(&testCounterSkip, "skip", "", "do not report the variable `name`")
}

// forFuncs calls fn for each function declaration called name.
func forFuncs(pass *analysis.Pass, name string, fn func(*ast.FuncDecl)) {
	for _, f := range pass.Files {
		for _, d := range f.Decls {
			if fd, ok := d.(*ast.FuncDecl); ok && fd.Recv == nil && fd.Name.Name == name {
				fn(fd)
			}
		}
	}
}

var testOff = &analysis.Analyzer{
	Name: "testoff",
	Doc:  "testoff: report functions named Off",
	Run: func(pass *analysis.Pass) (any, error) {
		forFuncs(pass, "Off", func(fd *ast.FuncDecl) { pass.Reportf(fd.Name.Pos(), "function Off") })
		return nil, nil
	},
}

var testPanic = &analysis.Analyzer{
	Name: "testpanic",
	Doc:  "testpanic: panic on a function named Boom",
	Run: func(pass *analysis.Pass) (any, error) {
		forFuncs(pass, "Boom", func(*ast.FuncDecl) { panic("boom") })
		return nil, nil
	},
}

// testFact makes testerror an analyzer with facts.
type testFact struct{}

func (*testFact) AFact() {}

var testError = &analysis.Analyzer{
	Name:      "testerror",
	Doc:       "testerror: fail on a function named Fail",
	FactTypes: []analysis.Fact{new(testFact)},
	Run: func(pass *analysis.Pass) (any, error) {
		var err error
		forFuncs(pass, "Fail", func(*ast.FuncDecl) { err = errors.New("cannot analyze Fail") })
		return nil, err
	},
}
