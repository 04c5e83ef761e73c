package failure

import (
	"go/token"
	"strconv"

	"golang.org/x/tools/go/analysis"
)

// ReporterName is the name of the Reporter analyzer: the name its
// diagnostics carry in go vet's JSON output.
const ReporterName = "statecheck"

// Reporter returns the analyzer that reports the failures recorded by
// Guard. It requires the analyzers, so it runs after them on a package,
// and reports, when report is set,
// one diagnostic per failure, whose message Failure.String gives: the
// failures on this package, at the function the analyzer was working on
// (else at the package clause), and those carried in from the packages
// it imports, at the import. When export is set, it exports them all in
// a Fact for the packages that import this one.
//
// A driver that prints the findings of the packages it is asked about,
// and runs the analyzers on their dependencies only for their facts, as
// go vet does, sets report on the former and export on the latter, so
// that each failure is reported once per package that leads to it. A
// driver that cannot tell them apart sets both. Without report, the
// reporter requires only the analyzers that have facts, or require one
// that has: a driver that runs a package only for its facts runs no
// others (unitchecker), and their failures there would not matter.
func Reporter(analyzers []*analysis.Analyzer, report, export bool) *analysis.Analyzer {
	requires := analyzers
	if !report {
		requires = withFacts(analyzers)
	}
	return &analysis.Analyzer{
		Name:      ReporterName,
		Doc:       "report the analyzers of statecheck that failed on a package",
		Requires:  requires,
		FactTypes: []analysis.Fact{new(Fact)},
		Run: func(pass *analysis.Pass) (any, error) {
			reportFailures(pass, report, export)
			return nil, nil
		},
	}
}

func reportFailures(pass *analysis.Pass, report, export bool) {
	type located struct {
		Failure
		pos token.Pos
	}
	var all []located
	for _, r := range take(pass.Pkg) {
		pos := r.pos
		if !pos.IsValid() && len(pass.Files) > 0 {
			pos = pass.Files[0].Name.Pos()
		}
		all = append(all, located{r.Failure, pos})
	}
	for _, pf := range pass.AllPackageFacts() {
		fact, ok := pf.Fact.(*Fact)
		if !ok || pf.Package == pass.Pkg {
			continue
		}
		pos := importPos(pass, pf.Package.Path())
		for _, f := range fact.Failures {
			all = append(all, located{f, pos})
		}
	}
	seen := map[[2]string]bool{}
	var carried []Failure
	for _, l := range all {
		k := [2]string{l.Analyzer, l.Package}
		if seen[k] {
			continue
		}
		seen[k] = true
		carried = append(carried, l.Failure)
		if report {
			pass.Report(analysis.Diagnostic{Pos: l.pos, Message: l.String()})
		}
	}
	if export && len(carried) > 0 {
		pass.ExportPackageFact(&Fact{Failures: sortFailures(carried)})
	}
}

// importPos is the position of the import of path in the package, else
// that of its package clause.
func importPos(pass *analysis.Pass, path string) token.Pos {
	for _, f := range pass.Files {
		for _, spec := range f.Imports {
			if p, err := strconv.Unquote(spec.Path.Value); err == nil && p == path {
				return spec.Path.Pos()
			}
		}
	}
	if len(pass.Files) > 0 {
		return pass.Files[0].Name.Pos()
	}
	return token.NoPos
}

// withFacts returns the analyzers that have facts or require, directly or
// not, one that has.
func withFacts(as []*analysis.Analyzer) []*analysis.Analyzer {
	memo := map[*analysis.Analyzer]bool{}
	var uses func(a *analysis.Analyzer) bool
	uses = func(a *analysis.Analyzer) bool {
		if v, ok := memo[a]; ok {
			return v
		}
		v := len(a.FactTypes) > 0
		for _, r := range a.Requires {
			v = uses(r) || v
		}
		memo[a] = v
		return v
	}
	var out []*analysis.Analyzer
	for _, a := range as {
		if uses(a) {
			out = append(out, a)
		}
	}
	return out
}
