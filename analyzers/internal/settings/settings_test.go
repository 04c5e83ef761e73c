package settings

import (
	"flag"
	"strings"
	"testing"
)

// TestListSet checks that a list flag refuses what the configuration
// file refuses, so go vet's flags, the command line and the file agree.
func TestListSet(t *testing.T) {
	fs := flag.NewFlagSet("t", flag.ContinueOnError)
	l := new(List)
	fs.Var(l, "handlers", "")
	if err := fs.Set("handlers", "example.com/b.T, example.com/a.T"); err != nil {
		t.Fatal(err)
	}
	if got := l.String(); got != "example.com/a.T,example.com/b.T" {
		t.Errorf("list = %q", got)
	}
	for _, bad := range []string{"notqualified", "a.B,c.D,,e.F", "a.B,", "example.com/a.", "a.B c.D"} {
		if err := fs.Set("handlers", bad); err == nil {
			t.Errorf("Set(%q) accepted", bad)
		}
	}
	if got := l.String(); got != "example.com/a.T,example.com/b.T" {
		t.Errorf("a refused value changed the list to %q", got)
	}
	if err := fs.Set("handlers", ""); err != nil || !l.Empty() {
		t.Errorf("Set(\"\") = %v, list %q; want the empty list", err, l)
	}
	if err := fs.Set("handlers", "bad"); err == nil || !strings.Contains(err.Error(), "not a qualified name") {
		t.Errorf("Set(bad) = %v", err)
	}
}
