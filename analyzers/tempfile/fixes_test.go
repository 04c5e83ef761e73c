package tempfile

import (
	"go/ast"
	"go/parser"
	"go/token"
	"os"
	"testing"

	"golang.org/x/tools/go/analysis"
)

// TestIndentationUnderLineDirective checks that a fix is indented as the
// line it goes on in the file as written, whatever line a //line
// directive maps it to: an earlier line of the file, with other
// indentation, or a line past the file's end. analysistest formats the
// fixed file before it compares it with the golden file, so only this
// test sees the indentation.
func TestIndentationUnderLineDirective(t *testing.T) {
	for _, c := range []struct {
		directive string
		want      string
	}{
		{"", "\t\t"},
		{"//line gen.tmpl:1\n", "\t\t"},    // line 3 of the file is "import \"os\""
		{"//line gen.tmpl:4000\n", "\t\t"}, // past the end of the file
		{"//line :2\n", "\t\t"},            // no file name
		{"//line gen.tmpl:9:30\n", "\t\t"}, // a column too
		{"/*line gen.tmpl:1:1*/ ", "\t\t"}, // the inline form
		{"//line gen.tmpl:1000000000\n", "\t\t"},
	} {
		src := "package p\n\nimport \"os\"\n\n" + c.directive + "func f() {\n\tif true {\n\t\tdir, err := os.MkdirTemp(\"\", \"x\")\n\t\t_, _ = dir, err\n\t}\n}\n"
		fset := token.NewFileSet()
		f, err := parser.ParseFile(fset, "p.go", src, parser.ParseComments)
		if err != nil {
			t.Fatal(err)
		}
		var assign *ast.AssignStmt
		ast.Inspect(f, func(n ast.Node) bool {
			if a, ok := n.(*ast.AssignStmt); ok && assign == nil {
				assign = a
			}
			return true
		})
		pass := &analysis.Pass{Fset: fset, ReadFile: func(name string) ([]byte, error) {
			if name != "p.go" {
				return nil, os.ErrNotExist
			}
			return []byte(src), nil
		}}
		got, ok := indentation(pass, assign.Pos())
		if !ok || got != c.want {
			t.Errorf("after %q: indentation = %q, %v; want %q", c.directive, got, ok, c.want)
		}
	}
}
