package directives

import (
	_ "embed"
	"slices"
	"strings"

	"golang.org/x/tools/go/analysis"

	"github.com/statecheck/statecheck/analyzers/internal/directive"
	"github.com/statecheck/statecheck/analyzers/internal/doc"
	"github.com/statecheck/statecheck/analyzers/internal/effects"
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
