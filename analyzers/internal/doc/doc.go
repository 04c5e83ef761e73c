// Package doc extracts an analyzer's documentation from its doc.go file, so
// that the text users read in `statecheck explain`, in godoc and in
// Analyzer.Doc is one text and cannot drift.
package doc

import (
	"fmt"
	"strings"
)

// Extract returns the documentation of the analyzer called name from the
// content of a doc.go file. The package comment must contain a section
// that starts with the line "# Analyzer name"; the section runs to the next
// "# " heading or the end of the comment. The first line of the section is
// the analyzer's one-line summary, of the form "name: summary".
func Extract(content, name string) (string, error) {
	text, err := packageComment(content)
	if err != nil {
		return "", err
	}
	heading := "# Analyzer " + name
	start := strings.Index(text, heading+"\n")
	if start < 0 {
		return "", fmt.Errorf("doc.go has no %q section", heading)
	}
	body := text[start+len(heading)+1:]
	if end := strings.Index(body, "\n# "); end >= 0 {
		body = body[:end]
	}
	body = strings.TrimSpace(body)
	if !strings.HasPrefix(body, name+":") {
		return "", fmt.Errorf("the %q section must start with %q", heading, name+": summary")
	}
	return body, nil
}

// MustExtract is Extract for package initialization: a malformed doc.go is
// a programming error caught by every test of the analyzer.
func MustExtract(content, name string) string {
	d, err := Extract(content, name)
	if err != nil {
		panic(err)
	}
	return d
}

// Summary returns the one-line summary of a doc extracted by Extract,
// without the "name: " prefix.
func Summary(doc, name string) string {
	line, _, _ := strings.Cut(doc, "\n")
	return strings.TrimSpace(strings.TrimPrefix(line, name+":"))
}

// URL returns the address of the README section documenting the analyzer
// called name; every analyzer sets it as its URL.
func URL(name string) string {
	return "https://github.com/statecheck/statecheck#" + name
}
