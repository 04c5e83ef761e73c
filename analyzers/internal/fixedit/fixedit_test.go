package fixedit

import (
	"go/ast"
	"go/format"
	"go/parser"
	"go/token"
	"slices"
	"testing"

	"golang.org/x/tools/go/analysis"
)

// TestImportStd checks the name a fix may use for a standard package and
// where the import goes when the file lacks it.
func TestImportStd(t *testing.T) {
	for _, c := range []struct {
		name, src, path string
		wantName        string
		wantSrc         string // "" when no edit is expected
	}{
		{"imported", "package p\n\nimport \"time\"\n", "time", "time", ""},
		{"renamed", "package p\n\nimport tm \"time\"\n", "time", "tm", ""},
		{"blank only", "package p\n\nimport _ \"time\"\n", "time", "time",
			"package p\n\nimport _ \"time\"\n\nimport \"time\"\n"},
		{"dot only", "package p\n\nimport (\n\t. \"time\"\n)\n", "time", "time",
			"package p\n\nimport (\n\t\"time\"\n\t. \"time\"\n)\n"},
		{"sorted among std", "package p\n\nimport (\n\t\"os\"\n\t\"strings\"\n\n\t\"example.com/x\"\n)\n", "syscall", "syscall",
			"package p\n\nimport (\n\t\"os\"\n\t\"strings\"\n\t\"syscall\"\n\n\t\"example.com/x\"\n)\n"},
		{"before the first std", "package p\n\nimport (\n\t\"os\"\n)\n", "context", "context",
			"package p\n\nimport (\n\t\"context\"\n\t\"os\"\n)\n"},
		{"group of its own", "package p\n\nimport (\n\t\"example.com/x\"\n)\n", "time", "time",
			"package p\n\nimport (\n\t\"time\"\n\n\t\"example.com/x\"\n)\n"},
		{"single import", "package p\n\nimport \"os\"\n", "time", "time",
			"package p\n\nimport \"os\"\n\nimport \"time\"\n"},
		{"no imports", "package p\n\nvar x = 1\n", "time", "time",
			"package p\n\nimport \"time\"\n\nvar x = 1\n"},
		{"nested path", "package p\n", "crypto/rand", "rand",
			"package p\n\nimport \"crypto/rand\"\n"},
	} {
		t.Run(c.name, func(t *testing.T) {
			fset := token.NewFileSet()
			f, err := parser.ParseFile(fset, "p.go", c.src, parser.ParseComments)
			if err != nil {
				t.Fatal(err)
			}
			name, edits := ImportStd(f, c.path)
			if name != c.wantName {
				t.Errorf("name = %q, want %q", name, c.wantName)
			}
			if c.wantSrc == "" {
				if len(edits) != 0 {
					t.Errorf("edits = %v, want none", edits)
				}
				return
			}
			if got := apply(t, fset, f, c.src, edits); got != c.wantSrc {
				t.Errorf("fixed source:\n%s\nwant:\n%s", got, c.wantSrc)
			}
		})
	}
}

// apply applies edits to src and formats the result, as a driver does.
func apply(t *testing.T, fset *token.FileSet, f *ast.File, src string, edits []analysis.TextEdit) string {
	t.Helper()
	tf := fset.File(f.Pos())
	slices.SortFunc(edits, func(a, b analysis.TextEdit) int { return int(b.Pos - a.Pos) })
	out := []byte(src)
	for _, e := range edits {
		start, end := tf.Offset(e.Pos), tf.Offset(e.End)
		out = append(out[:start:start], append(e.NewText, out[end:]...)...)
	}
	formatted, err := format.Source(out)
	if err != nil {
		t.Fatalf("fixed source does not parse: %v\n%s", err, out)
	}
	return string(formatted)
}
