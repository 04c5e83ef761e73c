package doc

import (
	"go/parser"
	"go/token"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// parserComment is the answer packageComment must match: go/parser's.
func parserComment(t *testing.T, src string) string {
	t.Helper()
	f, err := parser.ParseFile(token.NewFileSet(), "doc.go", src, parser.ParseComments|parser.PackageClauseOnly)
	if err != nil {
		t.Fatalf("go/parser: %v\n%s", err, src)
	}
	return f.Doc.Text()
}

func TestPackageCommentMatchesParser(t *testing.T) {
	files, err := filepath.Glob("../../*/doc.go")
	if err != nil || len(files) == 0 {
		t.Fatalf("no analyzer doc.go files found (%v)", err)
	}
	srcs := map[string]string{
		"directives and spacing": "//go:build linux\n\n// Package p is\n//\tindented\n//   spaced   \n//\n//\n//\n// after a run of blanks\n//line x.go:1\n//nolint:all\n// go:keep me\n//export F\n//\n//\npackage p\n",
		"crlf":                   "// Package p\r\n//\r\n// has CRLF lines\r\npackage p\r\n",
		"only the last group":    "// stray comment\n\n// Package p doc\npackage p // trailing\n\nimport \"fmt\"\n",
		"leading blank comments": "//\n//\n// Package p\n\tpackage p\n",
		"indented comment":       "  // Package p\n  // two\npackage\tp\n",
	}
	for _, f := range files {
		b, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		srcs[f] = string(b)
	}
	for name, src := range srcs {
		got, err := packageComment(src)
		if err != nil {
			t.Errorf("%s: %v", name, err)
			continue
		}
		if want := parserComment(t, src); got != want {
			t.Errorf("%s: packageComment differs from go/parser\ngot:\n%q\nwant:\n%q", name, got, want)
		}
	}
}

func TestPackageCommentErrors(t *testing.T) {
	for _, tc := range []struct{ name, src, want string }{
		{"no comment", "package p\n", "no package comment"},
		{"blank line between", "// Package p\n\npackage p\n", "no package comment"},
		{"block comment", "/* Package p */\npackage p\n", "must be // lines"},
		{"no package clause", "// Package p\n", "no package clause"},
	} {
		_, err := packageComment(tc.src)
		if err == nil || !strings.Contains(err.Error(), tc.want) {
			t.Errorf("%s: error %v, want one containing %q", tc.name, err, tc.want)
		}
	}
}

func TestExtract(t *testing.T) {
	const src = `// Package p defines two analyzers.
//
// # Analyzer one
//
// one: the first summary
//
// Body of one.
//
// # Analyzer two
//
// two: the second
package p
`
	got, err := Extract(src, "one")
	if want := "one: the first summary\n\nBody of one."; err != nil || got != want {
		t.Errorf("Extract(one) = %q, %v; want %q", got, err, want)
	}
	if s := Summary(got, "one"); s != "the first summary" {
		t.Errorf("Summary = %q", s)
	}
	got, err = Extract(src, "two")
	if want := "two: the second"; err != nil || got != want {
		t.Errorf("Extract(two) = %q, %v; want %q", got, err, want)
	}
	for _, tc := range []struct{ src, name, want string }{
		{src, "three", `no "# Analyzer three" section`},
		{strings.Replace(src, "one: the", "the", 1), "one", `must start with "one: summary"`},
		{"package p\n", "one", "no package comment"},
	} {
		if _, err := Extract(tc.src, tc.name); err == nil || !strings.Contains(err.Error(), tc.want) {
			t.Errorf("Extract(%s) error %v, want one containing %q", tc.name, err, tc.want)
		}
	}
}
