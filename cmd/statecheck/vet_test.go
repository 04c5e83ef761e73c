package main

import (
	"bytes"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func TestIsVettool(t *testing.T) {
	dir := t.TempDir()
	cfg := filepath.Join(dir, "vet.cfg")
	if err := os.WriteFile(cfg, []byte("{}"), 0o644); err != nil {
		t.Fatal(err)
	}
	pkgDir := filepath.Join(dir, "app.cfg") // a package directory
	if err := os.Mkdir(pkgDir, 0o755); err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct {
		args []string
		want bool
	}{
		{[]string{"-V=full"}, true},
		{[]string{"-flags"}, true},
		{[]string{cfg}, true},
		{[]string{"-json", cfg}, true},
		{[]string{"-json", "-globalstate.connections=true", cfg}, true},
		// The go command forwards a flag's value as the user spelled it.
		{[]string{"-globalstate.handlers", "example.com/web.Context", cfg}, true},
		{nil, false},
		{[]string{"./..."}, false},
		{[]string{"-V=full", "./..."}, false},
		{[]string{"check", "-flags"}, false},
		{[]string{filepath.Join(dir, "nosuch.cfg")}, false},
		{[]string{pkgDir}, false},
		{[]string{"--format", "json", pkgDir}, false},
		{[]string{"check", cfg}, false},
		{[]string{"fix", cfg}, false},
		{[]string{"-globalstate.connections=true", "x", cfg}, false},
	} {
		if got := isVettool(tc.args); got != tc.want {
			t.Errorf("isVettool(%q) = %v, want %v", tc.args, got, tc.want)
		}
	}
}

func TestParsePosn(t *testing.T) {
	wd := filepath.FromSlash("/src/mod")
	abs := func(p string) string { return filepath.FromSlash(p) }
	for _, tc := range []struct {
		in   string
		want position
	}{
		{abs("/src/mod/a/a.go") + ":12:3", position{filepath.FromSlash("a/a.go"), 12, 3}},
		{abs("/src/other/b.go") + ":1:1", position{filepath.FromSlash("../other/b.go"), 1, 1}},
		{abs("/x.go") + ":1:1", position{abs("/x.go"), 1, 1}},
		{"c:/odd:name.go:4:5", position{"c:/odd:name.go", 4, 5}},
		{"-", position{File: "-"}},
		{"", position{}},
		{"file.go:x:1", position{"file.go:x", 1, 0}},
		{abs("/src/mod/views.tmpl") + ":7", position{"views.tmpl", 7, 0}},
		{"file.go:x", position{File: "file.go:x"}},
		{"odd:name.go:7", position{"odd:name.go", 7, 0}},
		// //line :7 and //line :20:5 give positions without a file name.
		{"8", position{Line: 8}},
		{"21:14", position{"", 21, 14}},
		{":8", position{File: ":8"}},
		{"0", position{File: "0"}},
	} {
		if got := parsePosn(wd, tc.in); got != tc.want {
			t.Errorf("parsePosn(%q) = %+v, want %+v", tc.in, got, tc.want)
		}
	}
}

func TestDecodeStream(t *testing.T) {
	stream := `{
	"example.com/a [example.com/a.test]": {
		"globalstate": [
			{"posn": "/m/a/a.go:3:2", "end": "/m/a/a.go:3:9", "message": "m",
			 "related": [{"posn": "/m/b/b.go:1:1", "end": "/m/b/b.go:1:1", "message": "r"}],
			 "suggested_fixes": [{"message": "Fix it", "edits": [{"filename": "/m/a/a.go", "start": 1, "end": 2, "new": "x"}]}]}
		],
		"fieldstate": {"error": "boom"}
	}
}
{}
{"example.com/b": {"globalstate": [{"posn": "/m/b/b.go:1:1", "end": "/m/b/b.go:1:1", "message": "n"}]}}
`
	res := &vetResult{}
	if err := res.decodeIn(strings.NewReader(stream), filepath.FromSlash("/m")); err != nil {
		t.Fatal(err)
	}
	if len(res.findings) != 2 || len(res.analysisErrors) != 1 {
		t.Fatalf("got %d findings, %d errors; want 2, 1", len(res.findings), len(res.analysisErrors))
	}
	sortFindings(res.findings)
	f := res.findings[0]
	if f.Package != "example.com/a" || f.Position.File != filepath.FromSlash("a/a.go") || f.End.Column != 9 ||
		len(f.Related) != 1 || f.Related[0].Position.File != filepath.FromSlash("b/b.go") ||
		len(f.SuggestedFixes) != 1 || f.SuggestedFixes[0].Edits[0].File != filepath.FromSlash("a/a.go") {
		t.Errorf("decoded %+v", f)
	}
	if e := res.analysisErrors[0]; e != (analysisError{"example.com/a", "fieldstate", "boom"}) {
		t.Errorf("error %+v", e)
	}
	if err := (&vetResult{}).decodeIn(strings.NewReader("# not json"), "/m"); err == nil {
		t.Error("garbage decoded without error")
	}
}

// TestNamelessPosition follows a finding whose position a //line
// directive left without a file name ("//line :7") from go vet's JSON
// through every output format: the line is kept, and no format takes it
// for a file named "8".
func TestNamelessPosition(t *testing.T) {
	stream := `{"example.com/a": {"globalstate": [
		{"posn": "8", "end": "8", "message": "no column"},
		{"posn": "21:14", "end": "21:16", "message": "with a column",
		 "related": [{"posn": "3:2", "end": "3:2", "message": "r"}]}
	]}}`
	res := &vetResult{}
	if err := res.decodeIn(strings.NewReader(stream), filepath.FromSlash("/m")); err != nil {
		t.Fatal(err)
	}
	fs := res.findings
	sortFindings(fs)
	if len(fs) != 2 || fs[0].Position != (position{Line: 8}) || fs[1].Position != (position{"", 21, 14}) ||
		fs[1].End != (position{"", 21, 16}) || fs[1].Related[0].Position != (position{"", 3, 2}) {
		t.Fatalf("decoded %+v", fs)
	}

	var text bytes.Buffer
	if err := writeText(&text, fs); err != nil {
		t.Fatal(err)
	}
	if want := "8: no column (globalstate)\n21:14: with a column (globalstate)\n\t3:2: r\n"; text.String() != want {
		t.Errorf("text:\n%s\nwant\n%s", text.String(), want)
	}

	var js bytes.Buffer
	if err := writeJSON(&js, fs); err != nil {
		t.Fatal(err)
	}
	var decoded []finding
	if err := json.Unmarshal(js.Bytes(), &decoded); err != nil {
		t.Fatal(err)
	}
	if decoded[0].Position != (position{Line: 8}) || decoded[1].Position != (position{"", 21, 14}) {
		t.Errorf("JSON positions %+v, %+v", decoded[0].Position, decoded[1].Position)
	}

	var sarif bytes.Buffer
	if err := writeSARIF(&sarif, fs, sarifRun{paths: outPaths{root: filepath.FromSlash("/m")}}); err != nil {
		t.Fatal(err)
	}
	results, err := validateSARIF(sarif.Bytes())
	if err != nil {
		t.Errorf("invalid SARIF: %v", err)
	}
	for _, r := range results {
		if data, _ := json.Marshal(r); bytes.Contains(data, []byte("physicalLocation")) {
			t.Errorf("SARIF result places a position without a file: %s", data)
		}
	}
	if len(results) != 2 {
		t.Errorf("%d SARIF results, want 2", len(results))
	}

	var gh bytes.Buffer
	if err := writeGitHub(&gh, fs); err != nil {
		t.Fatal(err)
	}
	want := "::error title=statecheck globalstate::line 8: no column\n" +
		"::error title=statecheck globalstate::line 21:14: with a column%0A3:2: r\n"
	if gh.String() != want {
		t.Errorf("GitHub:\n%s\nwant\n%s", gh.String(), want)
	}
}
