package main

import (
	"bytes"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"

	"github.com/santhosh-tekuri/jsonschema/v6"
)

// testdata/sarif-2.1.0.json is the SARIF 2.1.0 JSON schema as Microsoft's
// SARIF SDK ships it (npm package @microsoft/sarif-multitool-linux 5.7.0,
// MIT licence, Copyright (c) Microsoft Corporation).

var sarifValidator = sync.OnceValues(func() (*jsonschema.Schema, error) {
	f, err := os.Open(filepath.Join("testdata", "sarif-2.1.0.json"))
	if err != nil {
		return nil, err
	}
	defer f.Close()
	doc, err := jsonschema.UnmarshalJSON(f)
	if err != nil {
		return nil, err
	}
	c := jsonschema.NewCompiler()
	c.AssertFormat()
	if err := c.AddResource("sarif-2.1.0.json", doc); err != nil {
		return nil, err
	}
	return c.Compile("sarif-2.1.0.json")
})

// validateSARIF checks data against the SARIF 2.1.0 schema and returns
// the log's results.
func validateSARIF(data []byte) ([]any, error) {
	sch, err := sarifValidator()
	if err != nil {
		return nil, fmt.Errorf("loading the SARIF schema: %v", err)
	}
	doc, err := jsonschema.UnmarshalJSON(bytes.NewReader(data))
	if err != nil {
		return nil, err
	}
	if err := sch.Validate(doc); err != nil {
		return nil, err
	}
	runs := doc.(map[string]any)["runs"].([]any)
	if len(runs) != 1 {
		return nil, fmt.Errorf("%d runs, want 1", len(runs))
	}
	return runs[0].(map[string]any)["results"].([]any), nil
}

func TestSARIF(t *testing.T) {
	root := t.TempDir()
	src := "package a\n\nvar ä = map[string]int{} // 日本\n"
	if err := os.WriteFile(filepath.Join(root, "a.go"), []byte(src), 0o644); err != nil {
		t.Fatal(err)
	}
	abs := func(p string) string { return filepath.Join(root, filepath.FromSlash(p)) }
	outside := filepath.Join(filepath.Dir(root), "elsewhere", "b.go")
	fs := []finding{
		{
			Analyzer: "testoff", Package: "example.com/a",
			Position: position{abs("sub dir/z.go"), 9, 1}, End: position{abs("sub dir/z.go"), 9, 1},
			Message: "second", Related: []related{}, SuggestedFixes: []suggestedFix{},
		},
		{
			Analyzer: "testcounter", Package: "example.com/a",
			// "var ä = " is 9 bytes, 8 UTF-16 code units; the comment's
			// 日 is at byte column 30, UTF-16 column 29.
			Position: position{abs("a.go"), 3, 10}, End: position{abs("a.go"), 3, 30},
			Message: "first",
			Related: []related{
				{Position: position{outside, 1, 1}, End: position{outside, 1, 5}, Message: "declared here"},
				{Position: position{File: "-"}, End: position{File: "-"}, Message: "nowhere"},
			},
			SuggestedFixes: []suggestedFix{{Message: "Delete it", Edits: []edit{
				{File: abs("a.go"), Start: 0, End: 9},
				{File: abs("a.go"), Start: 10, End: 10, New: "x"},
				{File: outside, Start: 1, End: 2, New: "y"},
			}}},
		},
	}
	var buf bytes.Buffer
	err := writeSARIF(&buf, fs, sarifRun{
		paths:    outPaths{root: root},
		checks:   testChecks,
		failures: []analysisError{{"example.com/a", "testerror", "cannot analyze Fail"}},
	})
	if err != nil {
		t.Fatal(err)
	}
	results, err := validateSARIF(buf.Bytes())
	if err != nil {
		t.Fatalf("invalid SARIF: %v\n%s", err, buf.Bytes())
	}
	if len(results) != 2 {
		t.Fatalf("%d results, want 2", len(results))
	}

	var log struct {
		Runs []struct {
			Tool struct {
				Driver struct {
					Name  string
					Rules []struct {
						ID, HelpURI          string
						ShortDescription     struct{ Text string }
						FullDescription      struct{ Text string }
						DefaultConfiguration struct{ Enabled bool }
					}
				}
			}
			OriginalURIBaseIDs map[string]struct{ URI string } `json:"originalUriBaseIds"`
			Invocations        []struct {
				ExecutionSuccessful        bool
				ToolExecutionNotifications []struct{ Message struct{ Text string } }
			}
			Results []struct {
				RuleID    string
				RuleIndex int
				Message   struct{ Text string }
				Locations []struct {
					PhysicalLocation struct {
						ArtifactLocation struct{ URI, URIBaseID string }
						Region           struct{ StartLine, StartColumn, EndLine, EndColumn int }
					}
				}
				RelatedLocations []struct {
					PhysicalLocation *struct {
						ArtifactLocation struct{ URI, URIBaseID string }
					}
				}
				Fixes []struct {
					ArtifactChanges []struct {
						ArtifactLocation struct{ URI string }
						Replacements     []struct {
							DeletedRegion   struct{ ByteOffset, ByteLength int }
							InsertedContent *struct{ Text string }
						}
					}
				}
			}
		}
	}
	if err := json.Unmarshal(buf.Bytes(), &log); err != nil {
		t.Fatal(err)
	}
	run := log.Runs[0]
	d := run.Tool.Driver
	if d.Name != "statecheck" || len(d.Rules) != len(testChecks) || d.Rules[0].ID != "testcounter" ||
		d.Rules[0].HelpURI != "https://example.com/statecheck#testcounter" ||
		d.Rules[0].ShortDescription.Text != "package-level counters" ||
		d.Rules[0].FullDescription.Text != "report package-level counters" ||
		!d.Rules[0].DefaultConfiguration.Enabled || d.Rules[1].DefaultConfiguration.Enabled {
		t.Errorf("driver: %+v", d)
	}
	if u := run.OriginalURIBaseIDs["SRCROOT"].URI; !strings.HasPrefix(u, "file:///") || !strings.HasSuffix(u, "/") {
		t.Errorf("SRCROOT = %q", u)
	}
	if inv := run.Invocations[0]; inv.ExecutionSuccessful || len(inv.ToolExecutionNotifications) != 1 {
		t.Errorf("invocation: %+v", inv)
	}
	r := run.Results[0]
	loc := r.Locations[0].PhysicalLocation
	if r.RuleID != "testcounter" || r.RuleIndex != 0 || r.Message.Text != "first" ||
		loc.ArtifactLocation.URI != "a.go" || loc.ArtifactLocation.URIBaseID != "SRCROOT" ||
		loc.Region.StartLine != 3 || loc.Region.StartColumn != 9 || loc.Region.EndLine != 3 || loc.Region.EndColumn != 29 {
		t.Errorf("first result: %+v", r)
	}
	if rel := r.RelatedLocations[0].PhysicalLocation.ArtifactLocation; !strings.HasPrefix(rel.URI, "file:///") || rel.URIBaseID != "" {
		t.Errorf("related outside the root: %+v", rel)
	}
	if r.RelatedLocations[1].PhysicalLocation != nil {
		t.Errorf("related without a position has a physical location")
	}
	changes := r.Fixes[0].ArtifactChanges
	if len(changes) != 2 || len(changes[0].Replacements) != 2 || changes[0].Replacements[0].InsertedContent != nil ||
		changes[0].Replacements[0].DeletedRegion.ByteLength != 9 || changes[0].Replacements[1].InsertedContent.Text != "x" {
		t.Errorf("fix: %+v", r.Fixes)
	}
	if r := run.Results[1]; r.RuleID != "testoff" || r.RuleIndex != 1 ||
		r.Locations[0].PhysicalLocation.ArtifactLocation.URI != "sub%20dir/z.go" {
		t.Errorf("second result: %+v", r)
	}

	// No findings: still a valid log, with every rule and no results.
	buf.Reset()
	if err := writeSARIF(&buf, nil, sarifRun{paths: outPaths{root: root}, checks: testChecks}); err != nil {
		t.Fatal(err)
	}
	if results, err := validateSARIF(buf.Bytes()); err != nil || len(results) != 0 {
		t.Errorf("empty log: %d results, %v", len(results), err)
	}

	// The validator does reject what the schema forbids.
	if _, err := validateSARIF([]byte(`{"version": "2.1.0", "runs": [{"tool": {"driver": {}}}]}`)); err == nil {
		t.Error("a driver without a name passed validation")
	}
}

func TestGitHub(t *testing.T) {
	var buf bytes.Buffer
	err := writeGitHub(&buf, []finding{{
		Analyzer: "globalstate",
		Position: position{"pkg/a,b.go", 3, 2}, End: position{"pkg/a,b.go", 3, 9},
		Message: "100% wrong\r\nreally: yes",
		URL:     "https://example.com/x#y",
		Related: []related{{Position: position{"c.go", 1, 1}, Message: "here"}},
	}, {
		Analyzer: "shutdown",
		Position: position{"main.go", 7, 1}, End: position{"main.go", 9, 2},
		Message: "m",
	}})
	if err != nil {
		t.Fatal(err)
	}
	want := "::error file=pkg/a%2Cb.go,line=3,col=2,endLine=3,endColumn=9,title=statecheck globalstate::100%25 wrong%0D%0Areally: yes%0Ac.go:1:1: here%0Ahttps://example.com/x#y\n" +
		"::error file=main.go,line=7,col=1,endLine=9,title=statecheck shutdown::m\n"
	if got := buf.String(); got != want {
		t.Errorf("got\n%s\nwant\n%s", got, want)
	}
}
