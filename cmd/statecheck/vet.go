package main

// The check command's engine is go vet: it runs
//
//	go vet -vettool=<this executable> -json [analyzer flags] [packages]
//
// and reads the JSON stream that the vet tool side of this same binary
// writes (see vettool.go). The alternative was to load packages in process
// with go/packages and run golang.org/x/tools/go/analysis/checker. Both were
// measured with a stand-in analyzer pair shaped like ours (an SSA-based
// effects analyzer exporting facts for every function, a reporter reading
// them) on a 2-core machine shared with other builds:
//
//	                                          go vet engine        in-process checker
//	x/tools ./go/... (109 packages)
//	  empty build cache                       141 s, 117 s CPU     26 s, 16 s CPU
//	  packages already built (go build)        61 s,  33 s CPU     13 s, 11 s CPU
//	  nothing changed                         1.9-2.6 s, 0.9 s CPU  13-16 s, 11-13 s CPU
//	  one file edited                         1.7-2.9 s            same as above
//	  peak memory                             280 MB (one process)  1.6 GB (1.9 GB with tests)
//	one net/http handler (std only)
//	  empty build cache                        92 s,  73 s CPU     31 s, 13 s CPU
//	  packages already built                   12 s,  10 s CPU     23 s, 10 s CPU
//	  nothing changed                         0.6-0.9 s, 0.3 s CPU  23 s, 10 s CPU
//
// The in-process checker type-checks and analyzes every dependency, the
// standard library included, from source on every run and holds it all in
// memory; go vet analyzes each package in its own process and caches
// results and facts per package, so after the first run only edited
// packages and their dependents are analyzed again. The go vet engine is
// ten to twenty-five times faster on every run but the first, uses a
// fraction of the memory, and gives the same results as
// go vet -vettool=statecheck, so it is the engine.
//
// Its one cost: go vet always analyzes test files. Without --tests the
// check command drops findings in _test.go files, but a test file that
// does not compile still fails the run.

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strconv"
	"strings"

	"github.com/statecheck/statecheck/analyzers/directives"
	"github.com/statecheck/statecheck/internal/failure"
)

// vetRequest is one run of the engine.
type vetRequest struct {
	patterns []string
	flags    []string  // analyzer flags, -<analyzer>.<flag>=<value>
	stderr   io.Writer // where the go command's own messages go, as they come
}

// vetResult is what one run found.
type vetResult struct {
	findings []finding
	// packages holds, by package path, what the directives analyzer
	// reported under its -stats flag: every package analyzed, test
	// variants merged.
	packages       map[string]*directives.Stats
	analysisErrors []analysisError
	// failed reports that the go command failed: packages that do not
	// load or type-check, or patterns that match nothing. Its messages
	// have been written to the request's stderr.
	failed bool
	// goFailures says in one sentence each what failed, naming the
	// package or pattern, when failed is set.
	goFailures []string
}

// analysisError is an analyzer that returned an error on a package.
type analysisError struct {
	pkg, analyzer, msg string
}

// vet runs go vet with this executable as the vet tool. An error means the
// engine could not run at all.
func vet(req vetRequest) (*vetResult, error) {
	self, err := os.Executable()
	if err != nil {
		return nil, fmt.Errorf("cannot find the statecheck executable to hand to go vet: %v", err)
	}
	goCmd, err := exec.LookPath("go")
	if err != nil {
		return nil, fmt.Errorf("cannot find the go command to run go vet: %v", err)
	}
	args := append([]string{"vet", "-vettool=" + self, "-json"}, req.flags...)
	args = append(args, req.patterns...)
	cmd := exec.Command(goCmd, args...)
	var stdout, stderr bytes.Buffer
	cmd.Stdout = &stdout
	cmd.Stderr = io.MultiWriter(req.stderr, &stderr)
	runErr := cmd.Run()

	res := &vetResult{}
	var exitErr *exec.ExitError
	switch {
	case errors.As(runErr, &exitErr):
		res.failed = true
	case runErr != nil:
		return nil, fmt.Errorf("running go vet: %v", runErr)
	}
	gf := parseGoStderr(stderr.String())
	if len(gf.noMatch) > 0 {
		res.failed = true
		for _, p := range gf.noMatch {
			fmt.Fprintf(req.stderr, "statecheck: package pattern %q matched no packages\n", p)
		}
	} else if res.failed {
		if stderr.Len() == 0 {
			fmt.Fprintf(req.stderr, "statecheck: go vet failed: %v\n", runErr)
		}
		fmt.Fprintln(req.stderr, "statecheck: the packages could not be analyzed; see the go command's errors above")
	}
	if res.failed {
		res.goFailures = gf.failures()
		if len(res.goFailures) == 0 {
			res.goFailures = []string{fmt.Sprintf("go vet failed: %v", runErr)}
		}
	}
	if err := res.decodeIn(&stdout, ""); err != nil {
		return nil, fmt.Errorf("reading go vet's JSON output: %v", err)
	}
	return res, nil
}

// decodeIn reads the stream of JSON objects that go vet -json writes, one
// per package: {"<package ID>": {"<analyzer>": [diagnostics] | {"error": "…"}}}.
// File names are made relative to wd when that is shorter; with wd "" they
// stay as go vet wrote them, absolute.
func (res *vetResult) decodeIn(r io.Reader, wd string) error {
	seen := map[string]bool{}
	dec := json.NewDecoder(r)
	for {
		var tree map[string]map[string]json.RawMessage
		if err := dec.Decode(&tree); err == io.EOF {
			return nil
		} else if err != nil {
			return err
		}
		for id, byAnalyzer := range tree {
			pkg, _, _ := strings.Cut(id, " ")
			for analyzer, raw := range byAnalyzer {
				if bytes.HasPrefix(bytes.TrimSpace(raw), []byte("{")) {
					var e struct {
						Error string `json:"error"`
					}
					if err := json.Unmarshal(raw, &e); err != nil {
						return err
					}
					res.analysisErrors = append(res.analysisErrors, analysisError{pkg, analyzer, e.Error})
					continue
				}
				var diags []vetDiagnostic
				if err := json.Unmarshal(raw, &diags); err != nil {
					return err
				}
				for _, d := range diags {
					if analyzer == failure.ReporterName {
						res.addFailure(d.Message)
						continue
					}
					if analyzer == directives.Analyzer.Name && strings.HasPrefix(d.Message, directives.StatsPrefix) {
						if err := res.addStats(pkg, strings.TrimPrefix(d.Message, directives.StatsPrefix)); err != nil {
							return err
						}
						continue
					}
					f := d.finding(wd, analyzer, pkg)
					key := analyzer + "\x00" + d.Posn + "\x00" + d.Message
					if !seen[key] {
						seen[key] = true
						res.findings = append(res.findings, f)
					}
				}
			}
		}
	}
}

// addFailure records an analyzer that failed on a package, as the
// failure reporter's diagnostic message says, once however many packages
// report it.
func (res *vetResult) addFailure(msg string) {
	analyzer, pkg, reason, ok := failure.ParseMessage(msg)
	if !ok {
		analyzer, pkg, reason = failure.ReporterName, "", msg
	}
	for _, e := range res.analysisErrors {
		if e.analyzer == analyzer && e.pkg == pkg {
			return
		}
	}
	res.analysisErrors = append(res.analysisErrors, analysisError{pkg, analyzer, reason})
}

// addStats records a package's stats. A package and its test variant
// are one package: the files of the larger count, generated files merged.
func (res *vetResult) addStats(pkg, data string) error {
	var s directives.Stats
	if err := json.Unmarshal([]byte(data), &s); err != nil {
		return fmt.Errorf("stats of %s: %v", pkg, err)
	}
	if res.packages == nil {
		res.packages = map[string]*directives.Stats{}
	}
	old := res.packages[pkg]
	if old == nil {
		res.packages[pkg] = &s
		return nil
	}
	old.Files = max(old.Files, s.Files)
	old.Capped, old.Dropped, old.Limit = max(old.Capped, s.Capped), max(old.Dropped, s.Dropped), max(old.Limit, s.Limit)
	for _, g := range s.Generated {
		if !slices.Contains(old.Generated, g) {
			old.Generated = append(old.Generated, g)
		}
	}
	return nil
}

// vetDiagnostic is a diagnostic as the vet tool writes it.
type vetDiagnostic struct {
	Category       string `json:"category"`
	Posn           string `json:"posn"`
	End            string `json:"end"`
	Message        string `json:"message"`
	SuggestedFixes []struct {
		Message string `json:"message"`
		Edits   []struct {
			Filename string `json:"filename"`
			Start    int    `json:"start"`
			End      int    `json:"end"`
			New      string `json:"new"`
		} `json:"edits"`
	} `json:"suggested_fixes"`
	Related []struct {
		Posn    string `json:"posn"`
		End     string `json:"end"`
		Message string `json:"message"`
	} `json:"related"`
}

func (d vetDiagnostic) finding(wd, analyzer, pkg string) finding {
	f := finding{
		Analyzer:       analyzer,
		Package:        pkg,
		Position:       parsePosn(wd, d.Posn),
		End:            parsePosn(wd, d.End),
		Message:        d.Message,
		Category:       d.Category,
		Related:        []related{},
		SuggestedFixes: []suggestedFix{},
	}
	for _, r := range d.Related {
		f.Related = append(f.Related, related{
			Position: parsePosn(wd, r.Posn),
			End:      parsePosn(wd, r.End),
			Message:  r.Message,
		})
	}
	for _, sf := range d.SuggestedFixes {
		fix := suggestedFix{Message: sf.Message, Edits: []edit{}}
		for _, e := range sf.Edits {
			fix.Edits = append(fix.Edits, edit{File: shortPath(wd, e.Filename), Start: e.Start, End: e.End, New: e.New})
		}
		f.SuggestedFixes = append(f.SuggestedFixes, fix)
	}
	return f
}

// parsePosn parses "file:line:column", or "file:line" for a position
// that a //line directive gave no column. File names may contain colons,
// so the numbers are taken from the right. go vet writes file names
// absolute, so a position that is all numbers, "line" or "line:column",
// has no file name: a //line directive without one ("//line :7") put it
// there, and it is kept as a line with an empty file rather than read as
// a file named after the line. Anything else (an invalid position is
// written "-") is kept whole as the file.
func parsePosn(wd, s string) position {
	i := strings.LastIndexByte(s, ':')
	if i < 0 {
		if line, err := strconv.Atoi(s); err == nil && line > 0 {
			return position{Line: line}
		}
		return position{File: s}
	}
	if i == 0 {
		return position{File: s}
	}
	last, err := strconv.Atoi(s[i+1:])
	if err != nil {
		return position{File: s}
	}
	if j := strings.LastIndexByte(s[:i], ':'); j > 0 {
		if line, err := strconv.Atoi(s[j+1 : i]); err == nil {
			return position{File: shortPath(wd, s[:j]), Line: line, Column: last}
		}
	}
	if line, err := strconv.Atoi(s[:i]); err == nil && line > 0 && last >= 0 {
		return position{Line: line, Column: last}
	}
	return position{File: shortPath(wd, s[:i]), Line: last}
}

// shortPath returns path relative to wd when that is shorter, as the go
// command prints paths.
func shortPath(wd, path string) string {
	if wd == "" || !filepath.IsAbs(path) {
		return path
	}
	if rel, err := filepath.Rel(wd, path); err == nil && len(rel) < len(path) {
		return rel
	}
	return path
}
