package main

import (
	"bytes"
	"cmp"
	"encoding/json"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"slices"
	"strings"
)

// A baseline is the findings a team has accepted for now: written once
// with --write-baseline, it lets --baseline report only the findings that
// are not in it, so CI fails on new state and not on the old. Findings
// are matched by fingerprint (fingerprint.go), not by line.

// baselineVersion is the version of the baseline file format.
const baselineVersion = 1

// baselineFile is the baseline as it is stored: JSON, entries sorted, so
// that it diffs well in code review.
type baselineFile struct {
	Version  int             `json:"version"`
	Findings []baselineEntry `json:"findings"`
}

// baselineEntry is one fingerprint with what it stands for, for the
// reader of the file: only Fingerprint and Count are used to match.
type baselineEntry struct {
	Fingerprint string `json:"fingerprint"`
	Check       string `json:"check"`
	Package     string `json:"package"`
	Function    string `json:"function,omitempty"`
	Message     string `json:"message"`
	// File is where the finding was when the baseline was written, for
	// the reader; it does not take part in matching.
	File string `json:"file,omitempty"`
	// Count is how many findings share the fingerprint.
	Count int `json:"count"`
}

// readBaseline reads a baseline file. A file that does not exist is an
// error unless missingOK.
func readBaseline(path string, missingOK bool) (*baselineFile, error) {
	data, err := os.ReadFile(path)
	if errors.Is(err, fs.ErrNotExist) && missingOK {
		return &baselineFile{Version: baselineVersion}, nil
	}
	if err != nil {
		return nil, err
	}
	var b baselineFile
	dec := json.NewDecoder(bytes.NewReader(data))
	dec.DisallowUnknownFields()
	if err := dec.Decode(&b); err != nil {
		return nil, fmt.Errorf("%s is not a statecheck baseline: %v", path, err)
	}
	if b.Version != baselineVersion {
		return nil, fmt.Errorf("%s: baseline version %d, this statecheck reads version %d", path, b.Version, baselineVersion)
	}
	for i, e := range b.Findings {
		if e.Fingerprint == "" || e.Count < 1 {
			return nil, fmt.Errorf("%s: entry %d needs a fingerprint and a count of at least 1", path, i)
		}
	}
	return &b, nil
}

// baselineMatch is what applying a baseline did.
type baselineMatch struct {
	matched int             // findings the baseline holds, not reported
	stale   []baselineEntry // entries no finding matched, Count the number unmatched
}

// apply returns the findings not in the baseline. An entry matches as many
// findings as its count; entries of packages or checks that the run did
// not cover (analyzed says which were) are never stale.
func (b *baselineFile) apply(fs []finding, analyzed func(pkg, check string) bool) ([]finding, baselineMatch) {
	left := map[string]int{}
	for _, e := range b.Findings {
		left[e.Fingerprint] += e.Count
	}
	var m baselineMatch
	out := fs[:0:0]
	for _, f := range fs {
		if left[f.Fingerprint] > 0 {
			left[f.Fingerprint]--
			m.matched++
			continue
		}
		out = append(out, f)
	}
	for _, e := range b.Findings {
		if n := min(left[e.Fingerprint], e.Count); n > 0 && analyzed(e.Package, e.Check) {
			left[e.Fingerprint] -= n
			e.Count = n
			m.stale = append(m.stale, e)
		}
	}
	return out, m
}

// rewrite returns the baseline for findings: the run's findings, and the
// entries of packages or checks the run did not cover, kept as they were,
// so that writing the baseline for part of a module keeps the rest.
// relPath names a finding's file in the entry.
func (b *baselineFile) rewrite(fs []finding, analyzed func(pkg, check string) bool, relPath func(string) string) (out *baselineFile, kept int) {
	byFP := map[string]int{} // index in out.Findings
	out = &baselineFile{Version: baselineVersion, Findings: []baselineEntry{}}
	for _, e := range b.Findings {
		if !analyzed(e.Package, e.Check) {
			out.Findings = append(out.Findings, e)
			kept += e.Count
		}
	}
	for _, f := range fs {
		if i, ok := byFP[f.Fingerprint]; ok {
			out.Findings[i].Count++
			continue
		}
		out.Findings = append(out.Findings, baselineEntry{
			Fingerprint: f.Fingerprint,
			Check:       f.Analyzer,
			Package:     f.Package,
			Function:    f.Function,
			Message:     stableMessage(f.Message),
			File:        relPath(f.Position.File),
			Count:       1,
		})
		byFP[f.Fingerprint] = len(out.Findings) - 1
	}
	slices.SortStableFunc(out.Findings, func(a, b baselineEntry) int {
		return cmp.Or(
			strings.Compare(a.Package, b.Package),
			strings.Compare(a.File, b.File),
			strings.Compare(a.Function, b.Function),
			strings.Compare(a.Check, b.Check),
			strings.Compare(a.Message, b.Message),
			strings.Compare(a.Fingerprint, b.Fingerprint),
		)
	})
	return out, kept
}

// write stores the baseline at path.
func (b *baselineFile) write(path string) error {
	data, err := json.MarshalIndent(b, "", "  ")
	if err != nil {
		return err
	}
	return os.WriteFile(path, append(data, '\n'), 0o644)
}

// total is the number of findings the baseline holds.
func (b *baselineFile) total() int {
	n := 0
	for _, e := range b.Findings {
		n += e.Count
	}
	return n
}
