package main

import (
	"cmp"
	"encoding/json"
	"fmt"
	"io"
	"slices"
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
}

// position is a place in a file. File is relative to the current
// directory when that is shorter; Line and Column count from 1, Column
// in bytes.
type position struct {
	File   string `json:"file"`
	Line   int    `json:"line"`
	Column int    `json:"column"`
}

func (p position) String() string {
	if p.Line == 0 {
		return p.File
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
