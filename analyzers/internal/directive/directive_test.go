package directive

import (
	"go/ast"
	"slices"
	"strings"
	"testing"
)

func TestParse(t *testing.T) {
	for _, tc := range []struct {
		text      string
		kind      Kind
		analyzers []string
		reason    string
	}{
		{"//statecheck:ignore globalstate single instance", Ignore, []string{"globalstate"}, "single instance"},
		{"//statecheck:ignore globalstate,fieldstate  both, reviewed ", Ignore, []string{"globalstate", "fieldstate"}, "both, reviewed"},
		{"//statecheck:ignore globalstate", Ignore, []string{"globalstate"}, ""},
		{"//statecheck:ignore", Ignore, nil, ""},
		{"//statecheck:cache rebuilt on a miss // more words", Cache, nil, "rebuilt on a miss"},
		{"//statecheck:forget x", "forget", nil, "x"},
		{"//statecheck:ignore\tglobalstate\ttabs instead of spaces", Ignore, []string{"globalstate"}, "tabs instead of spaces"},
	} {
		d := Parse(&ast.Comment{Text: tc.text})
		if d == nil {
			t.Fatalf("Parse(%q) = nil", tc.text)
		}
		if d.Kind != tc.kind || !slices.Equal(d.Analyzers, tc.analyzers) || d.Reason != tc.reason {
			t.Errorf("Parse(%q) = %q %q %q, want %q %q %q", tc.text, d.Kind, d.Analyzers, d.Reason, tc.kind, tc.analyzers, tc.reason)
		}
	}
	for _, text := range []string{"// statecheck:ignore x y", "//nolint", "/* statecheck:cache x */"} {
		if d := Parse(&ast.Comment{Text: text}); d != nil {
			t.Errorf("Parse(%q) = %+v, want nil", text, d)
		}
	}
}

// FuzzParse checks that any comment parses without panicking and that a
// parsed directive keeps no surrounding space and names no empty analyzer.
func FuzzParse(f *testing.F) {
	for _, seed := range []string{
		"//statecheck:ignore globalstate reason",
		"//statecheck:ignore a,,b reason",
		"//statecheck:cache",
		"//statecheck:",
		"//statecheck:ignore\tglobalstate\treason",
		"//statecheck:cache reason // trailing",
	} {
		f.Add(seed)
	}
	f.Fuzz(func(t *testing.T, text string) {
		d := Parse(&ast.Comment{Text: text})
		if d == nil {
			if strings.HasPrefix(text, Prefix) {
				t.Fatalf("Parse(%q) = nil for a directive", text)
			}
			return
		}
		if d.Reason != strings.TrimSpace(d.Reason) {
			t.Errorf("reason %q has surrounding space", d.Reason)
		}
		for _, a := range d.Analyzers {
			if a == "" || strings.TrimSpace(a) != a {
				t.Errorf("analyzer %q is empty or padded", a)
			}
		}
	})
}
