package randid

import (
	"strings"
	"testing"
)

func TestValid(t *testing.T) {
	for range 100 {
		if id := New(); !Valid(id) {
			t.Fatalf("New() = %q is not Valid", id)
		}
	}
	for _, s := range []string{"", "short", strings.Repeat("a", 26), strings.Repeat("A", 27), strings.Repeat("A", 25) + "1", "../../../../etc/passwd....."} {
		if Valid(s) {
			t.Errorf("Valid(%q) = true", s)
		}
	}
}
