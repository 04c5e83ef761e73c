package report

import (
	"go/ast"
	"go/token"
	"testing"

	"golang.org/x/tools/go/analysis"
)

// TestReportLocates checks that the Reporter moves a diagnostic's
// nameless positions, related ones included, to the file as written,
// and leaves its edits alone.
func TestReportLocates(t *testing.T) {
	fset, f, as := assignments(t)
	var got []analysis.Diagnostic
	pass := &analysis.Pass{
		Analyzer: &analysis.Analyzer{Name: "test"},
		Fset:     fset,
		Files:    []*ast.File{f},
		Report:   func(d analysis.Diagnostic) { got = append(got, d) },
	}
	r := New(pass)
	edit := analysis.TextEdit{Pos: as[0].Pos(), End: as[0].End()}
	r.Report(analysis.Diagnostic{
		Pos: as[0].Pos(), End: as[0].End(), Message: "m",
		Related:        []analysis.RelatedInformation{{Pos: as[1].Pos(), End: as[1].End(), Message: "r"}, {Pos: as[2].Pos(), Message: "named"}},
		SuggestedFixes: []analysis.SuggestedFix{{Message: "fix", TextEdits: []analysis.TextEdit{edit}}},
	})
	r.Finish()
	if len(got) != 1 {
		t.Fatalf("%d diagnostics, want 1", len(got))
	}
	d := got[0]
	for _, c := range []struct {
		what string
		pos  token.Pos
		want string
	}{
		{"position", d.Pos, "/src/p/p.go:5:2"},
		{"end", d.End, "/src/p/p.go:5:8"},
		{"related position", d.Related[0].Pos, "/src/p/p.go:11:2"},
		{"related end", d.Related[0].End, "/src/p/p.go:11:8"},
		{"named related position", d.Related[1].Pos, "/src/p/gen.tmpl:31"},
	} {
		if got := fset.Position(c.pos).String(); got != c.want {
			t.Errorf("%s prints %q, want %q", c.what, got, c.want)
		}
	}
	if e := d.SuggestedFixes[0].TextEdits[0]; e.Pos != edit.Pos || e.End != edit.End {
		t.Errorf("edit moved to %v-%v", fset.Position(e.Pos), fset.Position(e.End))
	}
}
