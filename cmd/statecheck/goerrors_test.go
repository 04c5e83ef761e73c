package main

import (
	"reflect"
	"testing"
)

func TestParseGoStderr(t *testing.T) {
	for _, tc := range []struct {
		name, stderr string
		want         []string
	}{
		{"no match",
			"go: warning: \"./empty/...\" matched no packages\nno packages to vet\n",
			[]string{`package pattern "./empty/..." matched no packages`}},
		{"no match next to a match",
			"go: warning: \"example.com/m/zz/...\" matched no packages\n",
			[]string{`package pattern "example.com/m/zz/..." matched no packages`}},
		{"quoted pattern",
			`go: warning: "./a \"b\"/..." matched no packages` + "\n",
			[]string{`package pattern "./a \"b\"/..." matched no packages`}},
		// The phrase in a compile error or a file name is not the warning.
		{"phrase in a type error",
			"# example.com/m/a\na/a.go:3:13: \"matched no packages\" (untyped string constant) is not used\n",
			[]string{`package example.com/m/a could not be analyzed: a/a.go:3:13: "matched no packages" (untyped string constant) is not used`}},
		{"phrase in a load error",
			"stat /m/matched no packages: directory not found\n",
			[]string{"the go command failed: stat /m/matched no packages: directory not found"}},
		{"warning quoted inside another line",
			"x.go:1:1: go: warning: \"a\" matched no packages\n",
			[]string{`the go command failed: x.go:1:1: go: warning: "a" matched no packages`}},
		{"test variant and tab continuation",
			"# example.com/m/a [example.com/m/a.test]\na/x_test.go:3:9: undefined: nosuch\n# example.com/m/a\na/a.go:1:1: more\nnoimport/a.go:3:8: no required module provides package example.com/nowhere; to add it:\n\tgo get example.com/nowhere\n",
			[]string{"package example.com/m/a could not be analyzed: a/x_test.go:3:9: undefined: nosuch"}},
		{"load error",
			"noimport/a.go:3:8: no required module provides package example.com/nowhere; to add it:\n\tgo get example.com/nowhere\n",
			[]string{"the go command failed: noimport/a.go:3:8: no required module provides package example.com/nowhere; to add it:"}},
	} {
		gf := parseGoStderr(tc.stderr)
		if got := gf.failures(); !reflect.DeepEqual(got, tc.want) {
			t.Errorf("%s:\n got %q\nwant %q", tc.name, got, tc.want)
		}
	}
}
