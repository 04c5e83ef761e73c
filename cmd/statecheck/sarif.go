package main

import (
	"bytes"
	"cmp"
	"encoding/json"
	"fmt"
	"io"
	"net/url"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"unicode/utf16"
	"unicode/utf8"

	"github.com/statecheck/statecheck/analyzers"
)

// SARIF 2.1.0 (OASIS Static Analysis Results Interchange Format), the
// part of it statecheck writes. GitHub code scanning, GitLab and most CI
// dashboards read it.

const (
	sarifSchema  = "https://json.schemastore.org/sarif-2.1.0.json"
	sarifVersion = "2.1.0"
	srcRoot      = "SRCROOT" // the uriBaseId of files inside the module root
	homepage     = "https://github.com/statecheck/statecheck"
)

type sarifRunJSON struct {
	Tool               sarifTool                   `json:"tool"`
	Invocations        []sarifInvocation           `json:"invocations"`
	OriginalURIBaseIDs map[string]sarifArtifactLoc `json:"originalUriBaseIds,omitempty"`
	Results            []sarifResult               `json:"results"`
	ColumnKind         string                      `json:"columnKind"`
}

type sarifTool struct {
	Driver sarifDriver `json:"driver"`
}

type sarifDriver struct {
	Name            string      `json:"name"`
	Version         string      `json:"version,omitempty"`
	SemanticVersion string      `json:"semanticVersion,omitempty"`
	InformationURI  string      `json:"informationUri"`
	Rules           []sarifRule `json:"rules"`
}

type sarifRule struct {
	ID                   string          `json:"id"`
	Name                 string          `json:"name"`
	ShortDescription     sarifText       `json:"shortDescription"`
	FullDescription      sarifText       `json:"fullDescription"`
	Help                 sarifText       `json:"help"`
	HelpURI              string          `json:"helpUri,omitempty"`
	DefaultConfiguration sarifRuleConfig `json:"defaultConfiguration"`
}

type sarifRuleConfig struct {
	Enabled bool   `json:"enabled"`
	Level   string `json:"level"`
}

type sarifText struct {
	Text string `json:"text"`
}

type sarifInvocation struct {
	ExecutionSuccessful        bool                `json:"executionSuccessful"`
	ToolExecutionNotifications []sarifNotification `json:"toolExecutionNotifications,omitempty"`
}

type sarifNotification struct {
	Level      string          `json:"level"`
	Message    sarifText       `json:"message"`
	Descriptor *sarifReference `json:"associatedRule,omitempty"`
}

type sarifReference struct {
	ID    string `json:"id"`
	Index int    `json:"index"`
}

type sarifResult struct {
	RuleID           string          `json:"ruleId"`
	RuleIndex        int             `json:"ruleIndex"`
	Level            string          `json:"level"`
	Message          sarifText       `json:"message"`
	Locations        []sarifLocation `json:"locations"`
	RelatedLocations []sarifLocation `json:"relatedLocations,omitempty"`
	// PartialFingerprints identify a result across unrelated edits, so
	// code scanning keeps tracking an alert when lines move above it.
	PartialFingerprints map[string]string `json:"partialFingerprints,omitempty"`
	Fixes               []sarifFix        `json:"fixes,omitempty"`
}

type sarifLocation struct {
	ID               *int                   `json:"id,omitempty"`
	PhysicalLocation *sarifPhysicalLocation `json:"physicalLocation,omitempty"`
	Message          *sarifText             `json:"message,omitempty"`
}

type sarifPhysicalLocation struct {
	ArtifactLocation sarifArtifactLoc `json:"artifactLocation"`
	Region           *sarifRegion     `json:"region,omitempty"`
}

type sarifArtifactLoc struct {
	URI       string `json:"uri"`
	URIBaseID string `json:"uriBaseId,omitempty"`
}

type sarifRegion struct {
	StartLine   int `json:"startLine,omitempty"`
	StartColumn int `json:"startColumn,omitempty"`
	EndLine     int `json:"endLine,omitempty"`
	EndColumn   int `json:"endColumn,omitempty"`
}

type sarifFix struct {
	Description     sarifText             `json:"description"`
	ArtifactChanges []sarifArtifactChange `json:"artifactChanges"`
}

type sarifArtifactChange struct {
	ArtifactLocation sarifArtifactLoc   `json:"artifactLocation"`
	Replacements     []sarifReplacement `json:"replacements"`
}

type sarifReplacement struct {
	DeletedRegion   sarifDeletedRegion `json:"deletedRegion"`
	InsertedContent *sarifText         `json:"insertedContent,omitempty"`
}

// sarifDeletedRegion is a region given by bytes; byteOffset 0 is a valid
// offset, so it is always written.
type sarifDeletedRegion struct {
	ByteOffset int `json:"byteOffset"`
	ByteLength int `json:"byteLength"`
}

// sarifRun is what one check run knows beyond its findings.
type sarifRun struct {
	paths    outPaths // file URIs are relative to its root
	checks   []analyzers.Check
	failures []analysisError
	// goFailures are the go command's failures, one sentence each
	// naming the package or pattern (vetResult.goFailures).
	goFailures []string
}

// writeSARIF prints findings, whose file names are absolute, as a SARIF
// 2.1.0 log with one run. Every check is a rule, with its documentation
// and URL; files inside the module root are relative to %SRCROOT%, the
// module root; columns count UTF-16 code units, as SARIF's default
// columnKind does.
func writeSARIF(w io.Writer, fs []finding, run sarifRun) error {
	driver := sarifDriver{
		Name:           "statecheck",
		InformationURI: homepage,
		Rules:          []sarifRule{},
	}
	if v := version(); v != "(devel)" {
		driver.Version = v
		if sv := strings.TrimPrefix(v, "v"); sv != v {
			driver.SemanticVersion = sv
		}
	}
	index := map[string]int{}
	for i, c := range run.checks {
		index[c.Name()] = i
		driver.Rules = append(driver.Rules, sarifRule{
			ID:                   c.Name(),
			Name:                 c.Name(),
			ShortDescription:     sarifText{c.Title},
			FullDescription:      sarifText{c.Summary()},
			Help:                 sarifText{c.Analyzer.Doc},
			HelpURI:              c.Analyzer.URL,
			DefaultConfiguration: sarifRuleConfig{Enabled: c.Default, Level: cmp.Or(c.Severity, "error")},
		})
	}

	cols := newColumnMapper()
	loc := func(p, end position) *sarifPhysicalLocation {
		if p.File == "" || p.Line == 0 && p.File == "-" {
			return nil // no position, or a line of no known file
		}
		pl := &sarifPhysicalLocation{ArtifactLocation: artifact(run.paths, p.File)}
		if p.Line > 0 {
			r := &sarifRegion{StartLine: p.Line, StartColumn: cols.utf16(p.File, p.Line, p.Column)}
			if end.File == p.File && (end.Line > p.Line || end.Line == p.Line && end.Column > p.Column) {
				r.EndLine = end.Line
				r.EndColumn = cols.utf16(end.File, end.Line, end.Column)
			}
			pl.Region = r
		}
		return pl
	}
	results := []sarifResult{}
	for _, f := range fs {
		res := sarifResult{
			RuleID:    f.Analyzer,
			RuleIndex: index[f.Analyzer],
			Level:     cmp.Or(f.Severity, "error"),
			Message:   sarifText{f.Message},
			Locations: []sarifLocation{{PhysicalLocation: loc(f.Position, f.End)}},
		}
		if f.Fingerprint != "" {
			res.PartialFingerprints = map[string]string{"statecheck/v1": f.Fingerprint}
		}
		for i, r := range f.Related {
			id := i + 1
			res.RelatedLocations = append(res.RelatedLocations, sarifLocation{
				ID:               &id,
				PhysicalLocation: loc(r.Position, r.End),
				Message:          &sarifText{r.Message},
			})
		}
		for _, fix := range f.SuggestedFixes {
			res.Fixes = append(res.Fixes, sarifFixOf(run.paths, fix))
		}
		results = append(results, res)
	}
	sort.SliceStable(results, func(i, j int) bool {
		a, b := results[i].Locations[0].PhysicalLocation, results[j].Locations[0].PhysicalLocation
		if a == nil || b == nil {
			return a == nil && b != nil
		}
		if a.ArtifactLocation.URI != b.ArtifactLocation.URI {
			return a.ArtifactLocation.URI < b.ArtifactLocation.URI
		}
		ra, rb := a.Region, b.Region
		if ra == nil || rb == nil {
			return ra == nil && rb != nil
		}
		if ra.StartLine != rb.StartLine {
			return ra.StartLine < rb.StartLine
		}
		if ra.StartColumn != rb.StartColumn {
			return ra.StartColumn < rb.StartColumn
		}
		return results[i].RuleID < results[j].RuleID
	})

	inv := sarifInvocation{ExecutionSuccessful: len(run.goFailures) == 0 && len(run.failures) == 0}
	for _, e := range run.failures {
		n := sarifNotification{Level: "error", Message: sarifText{fmt.Sprintf("analyzer %s failed on package %s: %s", e.analyzer, e.pkg, e.msg)}}
		if i, ok := index[e.analyzer]; ok {
			n.Descriptor = &sarifReference{ID: e.analyzer, Index: i}
		}
		inv.ToolExecutionNotifications = append(inv.ToolExecutionNotifications, n)
	}
	for _, msg := range run.goFailures {
		inv.ToolExecutionNotifications = append(inv.ToolExecutionNotifications, sarifNotification{
			Level:   "error",
			Message: sarifText{msg},
		})
	}

	out := sarifRunJSON{
		Tool:        sarifTool{driver},
		Invocations: []sarifInvocation{inv},
		Results:     results,
		ColumnKind:  "utf16CodeUnits",
	}
	if base := run.paths.baseDir(); base != "" {
		out.OriginalURIBaseIDs = map[string]sarifArtifactLoc{srcRoot: {URI: strings.TrimSuffix(fileURI(base), "/") + "/"}}
	}
	log := struct {
		Schema  string         `json:"$schema"`
		Version string         `json:"version"`
		Runs    []sarifRunJSON `json:"runs"`
	}{sarifSchema, sarifVersion, []sarifRunJSON{out}}
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	enc.SetEscapeHTML(false)
	enc.SetIndent("", "  ")
	if err := enc.Encode(log); err != nil {
		return err
	}
	_, err := w.Write(buf.Bytes())
	return err
}

// sarifFixOf converts a suggested fix: its edits, grouped by file.
func sarifFixOf(paths outPaths, fix suggestedFix) sarifFix {
	sf := sarifFix{Description: sarifText{fix.Message}, ArtifactChanges: []sarifArtifactChange{}}
	byFile := map[string]int{}
	for _, e := range fix.Edits {
		i, ok := byFile[e.File]
		if !ok {
			i = len(sf.ArtifactChanges)
			byFile[e.File] = i
			sf.ArtifactChanges = append(sf.ArtifactChanges, sarifArtifactChange{ArtifactLocation: artifact(paths, e.File), Replacements: []sarifReplacement{}})
		}
		r := sarifReplacement{DeletedRegion: sarifDeletedRegion{ByteOffset: e.Start, ByteLength: e.End - e.Start}}
		if e.New != "" {
			r.InsertedContent = &sarifText{e.New}
		}
		sf.ArtifactChanges[i].Replacements = append(sf.ArtifactChanges[i].Replacements, r)
	}
	return sf
}

// artifact locates a file: relative to %SRCROOT% when it is inside the
// output root (outPaths), else by its absolute file URI.
func artifact(paths outPaths, path string) sarifArtifactLoc {
	if !filepath.IsAbs(path) {
		return sarifArtifactLoc{URI: (&url.URL{Path: filepath.ToSlash(path)}).String()}
	}
	if rel, ok := paths.rel(path); ok {
		return sarifArtifactLoc{URI: (&url.URL{Path: rel}).String(), URIBaseID: srcRoot}
	}
	return sarifArtifactLoc{URI: fileURI(path)}
}

// fileURI is the file: URI of an absolute path.
func fileURI(path string) string {
	p := filepath.ToSlash(path)
	if !strings.HasPrefix(p, "/") {
		p = "/" + p // a Windows drive letter
	}
	return (&url.URL{Scheme: "file", Path: p}).String()
}

// columnMapper converts go vet's byte columns to UTF-16 code units,
// reading each file once.
type columnMapper struct {
	files map[string][][]byte
}

func newColumnMapper() *columnMapper { return &columnMapper{files: map[string][][]byte{}} }

func (m *columnMapper) utf16(file string, line, col int) int {
	lines, ok := m.files[file]
	if !ok {
		if data, err := os.ReadFile(file); err == nil {
			lines = bytes.Split(data, []byte("\n"))
		}
		m.files[file] = lines
	}
	if line < 1 || line > len(lines) || col < 1 {
		return col
	}
	text := lines[line-1]
	if col-1 > len(text) {
		return col
	}
	units := 0
	for prefix := text[:col-1]; len(prefix) > 0; {
		r, size := utf8.DecodeRune(prefix)
		units += len(utf16.Encode([]rune{r}))
		prefix = prefix[size:]
	}
	return units + 1
}
