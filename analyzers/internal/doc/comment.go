package doc

import (
	"fmt"
	"strings"
)

// packageComment returns the text of the package comment of a Go file the
// way go/ast.CommentGroup.Text gives it, for files whose package comment
// is a run of // lines directly above the package clause (every doc.go of
// statecheck). It exists because the analyzers' docs are extracted at
// program start, which go vet pays for on every run, cached or not, and a
// full go/parser pass over nine files cost a few milliseconds of that.
// The doc package's tests hold it to go/parser's answer.
func packageComment(src string) (string, error) {
	var group []string
	for line := range strings.Lines(src) {
		line = strings.TrimRight(line, "\r\n")
		trimmed := strings.TrimLeft(line, " \t")
		switch {
		case strings.HasPrefix(trimmed, "//"):
			group = append(group, trimmed[2:])
		case strings.TrimSpace(trimmed) == "":
			group = nil
		case trimmed == "package" || strings.HasPrefix(trimmed, "package ") || strings.HasPrefix(trimmed, "package\t"):
			if group == nil {
				return "", fmt.Errorf("doc.go has no package comment")
			}
			return commentText(group), nil
		default:
			return "", fmt.Errorf("doc.go: the package comment must be // lines directly above the package clause")
		}
	}
	return "", fmt.Errorf("doc.go has no package clause")
}

// commentText is go/ast.CommentGroup.Text for // comments: one space after
// the slashes dropped, directives (//go:build, //line …) left out, trailing
// blanks trimmed, runs of blank lines squeezed to one and the ones at
// either end removed.
func commentText(lines []string) string {
	var out []string
	for _, l := range lines {
		if isDirective(l) {
			continue
		}
		l = strings.TrimPrefix(l, " ")
		l = strings.TrimRight(l, " \t\n\r")
		if l == "" && (len(out) == 0 || out[len(out)-1] == "") {
			continue
		}
		out = append(out, l)
	}
	for len(out) > 0 && out[len(out)-1] == "" {
		out = out[:len(out)-1]
	}
	if len(out) == 0 {
		return ""
	}
	return strings.Join(out, "\n") + "\n"
}

// isDirective mirrors go/ast's test on the text after "//": "line ",
// "extern ", "export ", or lowercase letters and digits, a colon and one
// more of them, as in go:build and nolint:all.
func isDirective(c string) bool {
	if strings.HasPrefix(c, "line ") || strings.HasPrefix(c, "extern ") || strings.HasPrefix(c, "export ") {
		return true
	}
	colon := strings.Index(c, ":")
	if colon <= 0 || colon+1 >= len(c) {
		return false
	}
	for i := 0; i <= colon+1; i++ {
		if i == colon {
			continue
		}
		b := c[i]
		if !('a' <= b && b <= 'z' || '0' <= b && b <= '9') {
			return false
		}
	}
	return true
}
