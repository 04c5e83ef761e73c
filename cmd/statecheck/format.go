package main

import (
	"cmp"
	"encoding/json"
	"fmt"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
)

// finding is one diagnostic as the check command prints it. Its JSON form
// is a documented interface (README, "JSON output"): add fields, never
// rename or remove them.
type finding struct {
	Analyzer       string         `json:"analyzer"`
	Package        string         `json:"package"`
	Position       position       `json:"position"`
	End            position       `json:"end"`
	Message        string         `json:"message"`
	URL            string         `json:"url"`
	Related        []related      `json:"related"`
	SuggestedFixes []suggestedFix `json:"suggested_fixes"`
	// Severity is error, warning or note: the configuration's for the
	// check, else the check's level for the finding's Category, else the
	// check's default.
	Severity string `json:"severity"`
	// Category is the kind of finding, when the check tells its kinds
	// apart (jwtclaims: lifetime, strict); "" otherwise. The check's
	// levels are by category.
	Category string `json:"category"`
	// Function is the function the finding is in, "Func" or
	// "Type.Method"; "" at package level.
	Function string `json:"function"`
	// Fingerprint identifies the finding across unrelated edits; a
	// baseline records it (fingerprint.go).
	Fingerprint string `json:"fingerprint"`
}

// position is a place in a file. In JSON output File is relative to the
// module root (forward slashes) when the file is inside it; Line and
// Column count from 1, Column in bytes. File is empty and Line set for a
// line a //line directive without a file name ("//line :7") gave; go vet
// does not say which file that is.
type position struct {
	File   string `json:"file"`
	Line   int    `json:"line"`
	Column int    `json:"column"`
}

func (p position) String() string {
	switch {
	case p.Line == 0:
		return p.File
	case p.File == "" && p.Column == 0: // as go vet prints it
		return strconv.Itoa(p.Line)
	case p.File == "":
		return fmt.Sprintf("%d:%d", p.Line, p.Column)
	case p.Column == 0: // a //line directive without a column
		return fmt.Sprintf("%s:%d", p.File, p.Line)
	}
	return fmt.Sprintf("%s:%d:%d", p.File, p.Line, p.Column)
}

// related is a secondary place that explains a finding, such as the
// remote write at the end of a call chain.
type related struct {
	Position position `json:"position"`
	End      position `json:"end"`
	Message  string   `json:"message"`
}

// suggestedFix is one way to fix a finding: edits applied together.
type suggestedFix struct {
	Message string `json:"message"`
	Edits   []edit `json:"edits"`
}

// edit replaces the bytes [Start, End) of File with New.
type edit struct {
	File  string `json:"file"`
	Start int    `json:"start"`
	End   int    `json:"end"`
	New   string `json:"new"`
}

// sortFindings puts findings in file, line, column order, so output is
// stable whatever order go vet finished the packages in.
func sortFindings(fs []finding) {
	slices.SortFunc(fs, func(a, b finding) int {
		return cmp.Or(
			cmp.Compare(a.Position.File, b.Position.File),
			cmp.Compare(a.Position.Line, b.Position.Line),
			cmp.Compare(a.Position.Column, b.Position.Column),
			cmp.Compare(a.Analyzer, b.Analyzer),
			cmp.Compare(a.Message, b.Message),
		)
	})
}

// writeText prints findings the way go vet does, with the analyzer's name
// appended so it can be looked up (statecheck explain NAME) or silenced
// (//statecheck:ignore NAME reason). Related places follow, indented.
func writeText(w io.Writer, fs []finding) error {
	for _, f := range fs {
		if _, err := fmt.Fprintf(w, "%s: %s (%s)\n", f.Position, f.Message, f.Analyzer); err != nil {
			return err
		}
		for _, r := range f.Related {
			if _, err := fmt.Fprintf(w, "\t%s: %s\n", r.Position, r.Message); err != nil {
				return err
			}
		}
	}
	return nil
}

// writeGitHub prints findings as GitHub Actions workflow commands, which
// become annotations on the lines of a pull request's diff:
//
//	::error file=main.go,line=38,col=10,title=statecheck globalstate::message
//
// The command is the finding's severity: ::error, ::warning or ::notice.
// Related places follow the message on lines of their own.
//
// A finding whose position names no file is annotated on the run, without
// file and line: a line number alone would be put on whatever file GitHub
// guesses.
func writeGitHub(w io.Writer, fs []finding) error {
	for _, f := range fs {
		var props []string
		if f.Position.File != "" {
			props = append(props, "file="+githubProperty(f.Position.File))
		}
		if f.Position.File != "" && f.Position.Line > 0 {
			props = append(props, fmt.Sprintf("line=%d", f.Position.Line))
			if f.Position.Column > 0 {
				props = append(props, fmt.Sprintf("col=%d", f.Position.Column))
			}
			if f.End.Line >= f.Position.Line && f.End.File == f.Position.File {
				props = append(props, fmt.Sprintf("endLine=%d", f.End.Line))
				if f.End.Line == f.Position.Line && f.End.Column > f.Position.Column {
					props = append(props, fmt.Sprintf("endColumn=%d", f.End.Column))
				}
			}
		}
		props = append(props, "title="+githubProperty("statecheck "+f.Analyzer))
		msg := f.Message
		if f.Position.File == "" && f.Position.Line > 0 {
			msg = "line " + f.Position.String() + ": " + msg
		}
		for _, r := range f.Related {
			msg += "\n" + r.Position.String() + ": " + r.Message
		}
		if f.URL != "" {
			msg += "\n" + f.URL
		}
		if _, err := fmt.Fprintf(w, "::%s %s::%s\n", githubCommand(f.Severity), strings.Join(props, ","), githubData(msg)); err != nil {
			return err
		}
	}
	return nil
}

// githubCommand is the workflow command that annotates a finding of
// severity: GitHub's annotation kinds are error, warning and notice.
func githubCommand(severity string) string {
	switch severity {
	case "warning":
		return "warning"
	case "note":
		return "notice"
	}
	return "error"
}

// githubData escapes a workflow command's message.
func githubData(s string) string {
	return strings.NewReplacer("%", "%25", "\r", "%0D", "\n", "%0A").Replace(s)
}

// githubProperty escapes a workflow command's property value.
func githubProperty(s string) string {
	return strings.NewReplacer("%", "%25", "\r", "%0D", "\n", "%0A", ":", "%3A", ",", "%2C").Replace(s)
}

// writeJSON prints findings as one JSON array, [] when there are none.
func writeJSON(w io.Writer, fs []finding) error {
	if fs == nil {
		fs = []finding{}
	}
	data, err := json.MarshalIndent(fs, "", "  ")
	if err != nil {
		return err
	}
	_, err = fmt.Fprintf(w, "%s\n", data)
	return err
}

// mapPaths rewrites every file name of the findings with fn.
func mapPaths(fs []finding, fn func(string) string) {
	pos := func(p *position) {
		if p.Line > 0 {
			p.File = fn(p.File)
		}
	}
	for i := range fs {
		f := &fs[i]
		pos(&f.Position)
		pos(&f.End)
		for j := range f.Related {
			pos(&f.Related[j].Position)
			pos(&f.Related[j].End)
		}
		for _, fix := range f.SuggestedFixes {
			for j := range fix.Edits {
				fix.Edits[j].File = fn(fix.Edits[j].File)
			}
		}
	}
}

// moduleRoot returns the directory of the main module's go.mod, or of
// go.work in workspace mode, as the go command run in wd sees it; wd if
// there is neither.
func moduleRoot(wd string) string {
	cmd := exec.Command("go", "env", "-json", "GOMOD", "GOWORK")
	cmd.Dir = wd
	out, err := cmd.Output()
	if err != nil {
		return wd
	}
	var env struct{ GOMOD, GOWORK string }
	if json.Unmarshal(out, &env) != nil {
		return wd
	}
	for _, f := range []string{env.GOWORK, env.GOMOD} {
		if f != "" && f != "off" && f != os.DevNull && filepath.IsAbs(f) {
			return filepath.Dir(f)
		}
	}
	return wd
}

// rootPath returns path relative to root, with forward slashes, when it
// is inside root; otherwise path itself, with forward slashes.
func rootPath(root, path string) string {
	if root != "" && filepath.IsAbs(path) {
		if rel, err := filepath.Rel(root, path); err == nil && rel != ".." && !strings.HasPrefix(rel, ".."+string(filepath.Separator)) {
			return filepath.ToSlash(rel)
		}
	}
	return filepath.ToSlash(path)
}
