// Command score compares statecheck's findings on real services with the
// hand labels of bench/labels.tsv, so that recall and false alarms are
// counted the same way each time:
//
//	go run ./bench/score [-statecheck BIN] [-labels FILE] REPO=DIR...
//
// REPO is a labels row's repository (github.com/gophish/gophish) and DIR
// its checkout at the row's commit; rows of repositories not named are
// left out. For the code checks statecheck runs once in each module the
// labelled files belong to (the nearest go.mod above them), with
// --path-prefix set so that paths are relative to the checkout as the
// labels' are; for the deployment checks `statecheck deploy` runs at the
// checkout's root.
//
// A row matches a finding of its category ("all" matches any) whose
// position or one of whose related positions is at the row's path and
// line (any line of the file for a row whose line is "-"). It prints every row that went against its label — a tp not found
// (a miss), a quiet row reported (a false alarm), an fp still reported,
// an fn now found — then, per label, how many rows held, and the
// findings no row names, which must be judged before they are counted.
// The exit status is 0 unless a run or the labels file failed.
package main

import (
	"bufio"
	"bytes"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"maps"
	"os"
	"os/exec"
	"path"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
)

// label is one row of labels.tsv.
type label struct {
	repo, commit, path string
	line               int // 0 for the whole file
	category, verdict  string
	reason             string
}

// place is a position as the JSON output gives it.
type place struct {
	File string `json:"file"`
	Line int    `json:"line"`
}

// finding is the part of statecheck's JSON output scoring needs.
type finding struct {
	Analyzer string `json:"analyzer"`
	Position place  `json:"position"`
	Message  string `json:"message"`
	Related  []struct {
		Position place `json:"position"`
	} `json:"related"`
}

// deployChecks are the categories `statecheck deploy` reports.
var deployChecks = map[string]bool{"stickysession": true, "localvolume": true, "singlereplica": true, "graceperiod": true}

func main() {
	bin := flag.String("statecheck", "statecheck", "the statecheck `binary` to score")
	labelsFile := flag.String("labels", "bench/labels.tsv", "the labels `file`")
	flag.Usage = func() {
		fmt.Fprintln(os.Stderr, "usage: score [-statecheck BIN] [-labels FILE] REPO=DIR...")
		flag.PrintDefaults()
	}
	flag.Parse()
	if flag.NArg() == 0 {
		flag.Usage()
		os.Exit(2)
	}
	labels, err := readLabels(*labelsFile)
	if err != nil {
		fmt.Fprintln(os.Stderr, "score:", err)
		os.Exit(2)
	}
	held := map[string][2]int{} // verdict → rows that held, rows in all
	failed := false
	for _, arg := range flag.Args() {
		repo, dir, ok := strings.Cut(arg, "=")
		if !ok || repo == "" || dir == "" {
			fmt.Fprintf(os.Stderr, "score: %q is not REPO=DIR\n", arg)
			os.Exit(2)
		}
		rows := slices.DeleteFunc(slices.Clone(labels), func(l label) bool { return l.repo != repo })
		if len(rows) == 0 {
			fmt.Fprintf(os.Stderr, "score: no labels for %s\n", repo)
			failed = true
			continue
		}
		findings, err := run(*bin, dir, rows)
		if err != nil {
			fmt.Fprintf(os.Stderr, "score: %s: %v\n", repo, err)
			failed = true
			continue
		}
		named := map[int]bool{}
		for _, l := range rows {
			found := false
			for i, f := range findings {
				if matches(l, f) {
					found, named[i] = true, true
				}
			}
			want := l.verdict == "tp" || l.verdict == "fp"
			h := held[l.verdict]
			h[1]++
			if found == want {
				h[0]++
			} else {
				fmt.Printf("%s %s:%d %s %s: %s (%s)\n", repo, l.path, l.line, l.category, against(l.verdict), l.reason, l.commit[:min(7, len(l.commit))])
			}
			held[l.verdict] = h
		}
		for i, f := range findings {
			if !named[i] {
				fmt.Printf("%s %s:%d %s unlabelled, judge it: %s\n", repo, f.Position.File, f.Position.Line, f.Analyzer, f.Message)
			}
		}
	}
	for _, v := range []string{"tp", "quiet", "fp", "fn"} {
		if h, ok := held[v]; ok {
			fmt.Printf("%-5s %d of %d rows as labelled\n", v, h[0], h[1])
		}
	}
	if failed {
		os.Exit(2)
	}
}

// against says how a row went against its label.
func against(verdict string) string {
	switch verdict {
	case "tp":
		return "missed"
	case "quiet":
		return "reported, labelled quiet"
	case "fp":
		return "no longer reported (fp fixed)"
	case "fn":
		return "now found (was a miss)"
	}
	return "unknown label " + verdict
}

// matches reports whether finding f is about row l.
func matches(l label, f finding) bool {
	if l.category != "all" && l.category != f.Analyzer {
		return false
	}
	at := func(p place) bool { return p.File == l.path && (l.line == 0 || p.Line == l.line) }
	if at(f.Position) {
		return true
	}
	for _, r := range f.Related {
		if at(r.Position) {
			return true
		}
	}
	return false
}

// run runs statecheck where rows need it: in each module their code
// rows are in, and `statecheck deploy` at the root for deployment rows.
func run(bin, dir string, rows []label) ([]finding, error) {
	modules := map[string]bool{}
	deploy := false
	for _, l := range rows {
		if deployChecks[l.category] {
			deploy = true
			continue
		}
		m, err := moduleOf(dir, l.path)
		if err != nil {
			return nil, err
		}
		modules[m] = true
	}
	var all []finding
	for _, m := range slices.Sorted(maps.Keys(modules)) {
		fs, err := statecheck(bin, filepath.Join(dir, filepath.FromSlash(m)), "--format", "json", "--path-prefix", m, "./...")
		if err != nil {
			return nil, err
		}
		all = append(all, fs...)
	}
	if deploy {
		fs, err := statecheck(bin, dir, "deploy", "--format", "json", "--path-prefix", "", ".")
		if err != nil {
			return nil, err
		}
		all = append(all, fs...)
	}
	return all, nil
}

// moduleOf returns the directory, relative to the checkout dir, of the
// nearest go.mod above the file rel ("" for the checkout's root).
func moduleOf(dir, rel string) (string, error) {
	for d := path.Dir(rel); ; d = path.Dir(d) {
		if d == "." {
			d = ""
		}
		if _, err := os.Stat(filepath.Join(dir, filepath.FromSlash(d), "go.mod")); err == nil {
			return d, nil
		}
		if d == "" {
			return "", fmt.Errorf("no go.mod above %s in %s", rel, dir)
		}
	}
}

// statecheck runs bin with args in dir and decodes its JSON findings.
// Exit status 1 means findings; anything else but 0 is an error.
func statecheck(bin, dir string, args ...string) ([]finding, error) {
	cmd := exec.Command(bin, args...)
	cmd.Dir = dir
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	out, err := cmd.Output()
	var exit *exec.ExitError
	if err != nil && !(errors.As(err, &exit) && exit.ExitCode() == 1) {
		return nil, fmt.Errorf("%s %s in %s: %v\n%s", bin, strings.Join(args, " "), dir, err, stderr.Bytes())
	}
	var fs []finding
	if err := json.Unmarshal(out, &fs); err != nil {
		return nil, fmt.Errorf("%s in %s: bad JSON: %v", bin, dir, err)
	}
	return fs, nil
}

// readLabels reads labels.tsv: a header, then repo, commit, path, line,
// category, label, reason separated by tabs.
func readLabels(file string) ([]label, error) {
	f, err := os.Open(file)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	var labels []label
	sc := bufio.NewScanner(f)
	for n := 1; sc.Scan(); n++ {
		if n == 1 || strings.TrimSpace(sc.Text()) == "" {
			continue
		}
		cols := strings.Split(sc.Text(), "\t")
		if len(cols) != 7 {
			return nil, fmt.Errorf("%s:%d: %d columns, want 7", file, n, len(cols))
		}
		line, err := 0, error(nil)
		if cols[3] != "-" { // "-": the whole file
			line, err = strconv.Atoi(cols[3])
		}
		if err != nil {
			return nil, fmt.Errorf("%s:%d: line %q is not a number", file, n, cols[3])
		}
		switch cols[5] {
		case "tp", "fp", "quiet", "fn":
		default:
			return nil, fmt.Errorf("%s:%d: label %q is not tp, fp, quiet or fn", file, n, cols[5])
		}
		labels = append(labels, label{cols[0], cols[1], cols[2], line, cols[4], cols[5], cols[6]})
	}
	return labels, sc.Err()
}
