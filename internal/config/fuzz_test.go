package config

import (
	"errors"
	"testing"
)

// FuzzParse feeds the configuration reader arbitrary files: it must never
// panic, every error it returns must be a *Error naming the file, and a
// configuration it accepts must either yield flags or a *Error.
//
// The seeds (the files of TestErrors and TestParseFull, and
// testdata/fuzz/FuzzParse) run with every go test; to search for more:
//
//	go test ./internal/config -run '^$' -fuzz FuzzParse -fuzztime 1m
func FuzzParse(f *testing.F) {
	f.Add([]byte(full))
	for _, src := range []string{
		"", "~\n", "- a\n", "enable: [alpha\n", "? [a]\n: b\n",
		"accepted:\n  - {name: example.com/a.B, reason: r}\n",
		"settings:\n  gamma:\n    maxlifetime: [1h, &x 2h, *x]\n",
		"handlers: &h [example.com/web.Context]\nstateful: *h\n",
		"a: &a [*a]\n",
		"enable: [alpha]\n---\n",
	} {
		f.Add([]byte(src))
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		c, err := Parse("f.yml", data)
		if err != nil {
			var ce *Error
			if !errors.As(err, &ce) || ce.File != "f.yml" {
				t.Fatalf("error %v (%T) is not a *Error naming the file", err, err)
			}
			return
		}
		checks := testChecks()
		if _, err := c.Flags(checks); err != nil {
			var ce *Error
			if !errors.As(err, &ce) {
				t.Fatalf("Flags error %v (%T) is not a *Error", err, err)
			}
			return
		}
		_ = c.Apply(checks)
		_, _ = Selected(checks, c.Enable, c.Disable)
	})
}
