package directives

import (
	_ "embed"
	"slices"
	"strings"

	"golang.org/x/tools/go/analysis"

	"github.com/statecheck/statecheck/analyzers/internal/directive"
	"github.com/statecheck/statecheck/analyzers/internal/doc"
	"github.com/statecheck/statecheck/analyzers/internal/effects"
	"github.com/statecheck/statecheck/analyzers/internal/settings"
)

//go:embed doc.go
var docText string

// Analyzer reports malformed //statecheck: directives.
var Analyzer = &analysis.Analyzer{
	Name: "directives",
	Doc:  doc.MustExtract(docText, "directives"),
	URL:  doc.URL("directives"),
	Run:  run,
	// The summaries' stats come from the engine, which the other checks
	// run anyway.
	Requires: []*analysis.Analyzer{effects.Analyzer},
}

func run(pass *analysis.Pass) (any, error) {
	if stats {
		reportStats(pass)
	}
	reportUnusedAccepted(pass)
	for _, f := range pass.Files {
		_, misplaced := directive.CacheDecls(f, pass.TypesInfo)
		for _, d := range directive.InFile(f) {
			report := func(msg string) {
				pass.Report(analysis.Diagnostic{Pos: d.Pos(), End: d.End(), Message: msg, URL: pass.Analyzer.URL})
			}
			switch d.Kind {
			case directive.Ignore:
				if len(d.Analyzers) == 0 {
					report("statecheck:ignore directive names no analyzer: write //statecheck:ignore <analyzer> <reason>")
					continue
				}
				for _, name := range d.Analyzers {
					if !slices.Contains(directive.Known, name) {
						report("statecheck:ignore directive names unknown analyzer " + name + " (known: " + strings.Join(directive.Known, ", ") + ")")
					}
				}
				if d.Reason == "" {
					report("statecheck:ignore directive has no reason: say why the finding is acceptable")
				}
			case directive.Cache:
				if d.Reason == "" {
					report("statecheck:cache directive has no reason: say why the value can be rebuilt")
				} else if slices.ContainsFunc(misplaced, func(m *directive.Directive) bool { return m.Comment == d.Comment }) {
					report("statecheck:cache directive must annotate a variable or struct field declaration")
				}
			default:
				report("unknown directive statecheck:" + string(d.Kind) + " (known: ignore, cache)")
			}
		}
	}
	return nil, nil
}

// reportUnusedAccepted reports the accepted names (the -accepted setting,
// accepted: in .statecheck.yml) that name nothing in this package, as an
// ignore directive that silences nothing is reported. The setting is in
// no file of the package, so the report is at the package clause of its
// first non-test file.
func reportUnusedAccepted(pass *analysis.Pass) {
	unused := settings.UnusedAccepted(pass.Pkg)
	if len(unused) == 0 || len(pass.Files) == 0 {
		return
	}
	at := pass.Files[0]
	for _, f := range pass.Files {
		if !strings.HasSuffix(pass.Fset.File(f.Pos()).Name(), "_test.go") {
			at = f
			break
		}
	}
	for _, name := range unused {
		pass.Report(analysis.Diagnostic{
			Pos:     at.Package,
			End:     at.Name.End(),
			Message: "accepted name " + name + " matches no variable or struct field of package " + pass.Pkg.Path() + ": it accepts nothing",
			URL:     pass.Analyzer.URL,
		})
	}
}
