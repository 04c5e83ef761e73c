// Package report is the one way statecheck's analyzers emit diagnostics.
// It applies what every check shares: findings in generated files are
// dropped, //statecheck:ignore directives silence the analyzers they name,
// and an ignore directive that silenced nothing is itself reported, so
// suppressions cannot outlive the code they excused.
package report

import (
	"fmt"
	"go/ast"
	"go/token"

	"golang.org/x/tools/go/analysis"

	"github.com/statecheck/statecheck/analyzers/internal/directive"
)

// Reporter reports the diagnostics of one analyzer on one package.
type Reporter struct {
	pass      *analysis.Pass
	generated map[string]bool // file name → generated
	ignores   []*ignore
}

type ignore struct {
	d    *directive.Directive
	file string
	line int
	used bool
}

// New returns a Reporter for pass. Call Finish when the analyzer is done.
func New(pass *analysis.Pass) *Reporter {
	r := &Reporter{pass: pass, generated: map[string]bool{}}
	name := pass.Analyzer.Name
	for _, f := range pass.Files {
		file := pass.Fset.File(f.Pos())
		if file == nil {
			continue
		}
		if ast.IsGenerated(f) {
			r.generated[file.Name()] = true
		}
		for _, d := range directive.InFile(f) {
			if d.Kind == directive.Ignore && d.Names(name) && d.Reason != "" {
				p := pass.Fset.Position(d.Pos())
				r.ignores = append(r.ignores, &ignore{d: d, file: p.Filename, line: p.Line})
			}
		}
	}
	return r
}

// Report reports d unless it lies in a generated file or an ignore
// directive for this analyzer covers its line.
func (r *Reporter) Report(d analysis.Diagnostic) {
	if !d.Pos.IsValid() {
		return
	}
	p := r.pass.Fset.Position(d.Pos)
	if r.generated[p.Filename] {
		return
	}
	for _, ig := range r.ignores {
		if ig.file == p.Filename && (ig.line == p.Line || ig.line == p.Line-1) {
			ig.used = true
			return
		}
	}
	if d.URL == "" {
		d.URL = r.pass.Analyzer.URL
	}
	r.pass.Report(d)
}

// Reportf reports a diagnostic with a message and no fixes at [pos, end).
func (r *Reporter) Reportf(pos, end token.Pos, format string, args ...any) {
	r.Report(analysis.Diagnostic{Pos: pos, End: end, Message: fmt.Sprintf(format, args...)})
}

// Finish reports every ignore directive for this analyzer that silenced
// nothing.
func (r *Reporter) Finish() {
	for _, ig := range r.ignores {
		if !ig.used {
			r.pass.Report(analysis.Diagnostic{
				Pos:     ig.d.Pos(),
				End:     ig.d.End(),
				Message: "statecheck:ignore directive for " + r.pass.Analyzer.Name + " matches no finding",
				URL:     r.pass.Analyzer.URL,
			})
		}
	}
}

// Generated reports whether the file containing pos is generated code.
func (r *Reporter) Generated(pos token.Pos) bool {
	return r.generated[r.pass.Fset.Position(pos).Filename]
}
