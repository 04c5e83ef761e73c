// Package deploy checks the deployment files a Go service ships with
// (Kubernetes manifests, docker-compose files, nginx, HAProxy, Caddy and
// Traefik configuration) for what no analyzer of the code can see: a load
// balancer that pins each client to one instance (sticky sessions), local
// volumes holding the files the code writes, a shutdown grace period
// shorter than the drain the code does, and a single replica by
// construction.
//
// Each format is read with a parser for it: YAML with go.yaml.in/yaml/v3,
// whose nodes carry lines and comments, TOML with go-toml's parser, which
// gives each key's position, and nginx, HAProxy and Caddyfile
// configuration with the small tokenizers and block parsers of this
// package. A file that does not parse is skipped with a note, never
// guessed at.
package deploy

import (
	"cmp"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"slices"
	"strings"
)

// Pos is a place in a file. Line and Col count from 1; Col is 0 when
// unknown.
type Pos struct {
	File      string
	Line, Col int
}

func (p Pos) String() string {
	if p.Col > 0 {
		return fmt.Sprintf("%s:%d:%d", p.File, p.Line, p.Col)
	}
	return fmt.Sprintf("%s:%d", p.File, p.Line)
}

// Finding is one hazard in a deployment file.
type Finding struct {
	Check   string
	Pos     Pos
	Message string
	Related []Related
}

// Related is a secondary place that explains a finding: the code that
// writes into a volume, the code's shutdown timeout, the in-memory session
// store that sticky sessions hide.
type Related struct {
	Pos     Pos
	Message string
}

// Note says why a file was skipped: it does not parse, or it is a
// template that has to be rendered first.
type Note struct {
	File string
	Msg  string

	count int // template files of a chart, for chartNotes
}

// CodeFinding is a finding of a code check, given to Run so that a
// deployment finding about the same thing can say so.
type CodeFinding struct {
	Check   string
	Pos     Pos
	Message string
}

// Options are the inputs of one run.
type Options struct {
	// Paths are files and directories to check; directories are walked.
	Paths []string
	// CodeDir is the root of the Go code deployed by these files, read
	// for the paths it writes and its shutdown timeout. When it is "",
	// each file is taken to deploy the Go module it is in: the nearest
	// directory above it with a go.mod file (none: no code is known).
	CodeDir string
	// Code are the code checks' findings, when they ran.
	Code []CodeFinding
	// Checks are the checks to report; nil means all.
	Checks map[string]bool
	// Stdin is read for the path "-"; nil means os.Stdin.
	Stdin io.Reader
	// Skip, when not nil, reports whether a file or directory met while
	// walking a directory is left out, unread: paths the configuration
	// excludes for every check, so they cost no time and give no notes.
	// The paths given are never left out.
	Skip func(path string) bool
}

func (o *Options) stdin() io.Reader {
	if o.Stdin != nil {
		return o.Stdin
	}
	return os.Stdin
}

// Result is what one run found.
type Result struct {
	Findings []Finding
	Notes    []Note
	// Files counts the deployment files that were read.
	Files int
}

// Run checks the deployment files under opts.Paths. It fails only when a
// path cannot be read at all; files that do not parse become notes.
func Run(opts Options) (*Result, error) {
	files, err := discover(opts.Paths, opts.Skip)
	if err != nil {
		return nil, err
	}
	r := &run{opts: &opts, codes: map[string]*codeFacts{}, res: &Result{}, pvcs: map[string]*pvc{}}
	var parsed []*parsedFile
	for _, f := range files {
		var data []byte
		var err error
		if f.path == Stdin {
			data, err = io.ReadAll(opts.stdin())
		} else {
			data, err = os.ReadFile(f.path)
		}
		if err != nil {
			r.note(f.path, "%v", err)
			continue
		}
		pf := r.parse(f, data)
		if pf != nil {
			pf.code = r.codeFor(f.path)
			parsed = append(parsed, pf)
			r.res.Files++
		}
	}
	// An nginx file that others include is checked where it is included.
	parsed = append(parsed, r.resolveNginxIncludes()...)
	// Volume claims may be declared in any file; workloads are checked
	// once all of them are known.
	for _, pf := range parsed {
		pf.check(r)
	}
	for _, pf := range parsed {
		r.res.Findings = append(r.res.Findings, pf.dirs.filter(pf.findings)...)
	}
	var kept []Finding
	for _, f := range r.res.Findings {
		if opts.Checks == nil || opts.Checks[f.Check] || f.Check == DirectivesCheck {
			kept = append(kept, f)
		}
	}
	r.res.Findings = kept
	r.res.Notes = chartNotes(r.res.Notes)
	slices.SortFunc(r.res.Findings, func(a, b Finding) int {
		return cmp.Or(
			cmp.Compare(a.Pos.File, b.Pos.File),
			cmp.Compare(a.Pos.Line, b.Pos.Line),
			cmp.Compare(a.Pos.Col, b.Pos.Col),
			cmp.Compare(a.Check, b.Check),
			cmp.Compare(a.Message, b.Message),
		)
	})
	return r.res, nil
}

// run is the state of one Run.
type run struct {
	opts  *Options
	codes map[string]*codeFacts // by code directory
	res   *Result
	pvcs  map[string]*pvc // by namespace/name
	nginx []*ngxFile      // the nginx files parsed, for their includes
}

func (r *run) note(file, format string, args ...any) {
	r.res.Notes = append(r.res.Notes, Note{File: file, Msg: fmt.Sprintf(format, args...)})
}

// parsedFile is one deployment file, parsed, with its directives and the
// findings its checks report.
type parsedFile struct {
	path     string
	code     *codeFacts // the code the file deploys
	dirs     *directives
	findings []Finding
	check    func(r *run)
}

func (pf *parsedFile) report(check string, line, col int, rel []Related, format string, args ...any) {
	f := Finding{
		Check:   check,
		Pos:     Pos{File: pf.path, Line: line, Col: col},
		Message: fmt.Sprintf(format, args...),
		Related: rel,
	}
	// A file included in two places is checked in both: one finding.
	if slices.ContainsFunc(pf.findings, func(g Finding) bool {
		return g.Check == f.Check && g.Pos == f.Pos && g.Message == f.Message
	}) {
		return
	}
	pf.findings = append(pf.findings, f)
}

// parse reads one file in its format. It returns nil, with a note when
// the file is worth one, for a file that does not parse.
func (r *run) parse(f file, data []byte) *parsedFile {
	switch f.kind {
	case kindYAML:
		return r.parseYAML(f, data)
	case kindNginx:
		return r.parseNginx(f, data)
	case kindHAProxy:
		return r.parseHAProxy(f, data)
	case kindCaddy:
		return r.parseCaddy(f, data)
	case kindTOML:
		return r.parseTOML(f, data)
	}
	return nil
}

// isTemplate reports whether data holds Go template actions (Helm,
// envsubst-free templates): such a file is not the configuration that
// runs.
func isTemplate(data []byte) bool {
	return strings.Contains(string(data), "{{")
}

// codeFor returns what is known of the code that the file at path
// deploys.
func (r *run) codeFor(path string) *codeFacts {
	dir := r.opts.CodeDir
	if dir == "" {
		start := filepath.Dir(path)
		if path == Stdin {
			start = "."
		}
		dir = moduleDir(start)
	}
	cf, ok := r.codes[dir]
	if !ok {
		cf = &codeFacts{}
		if dir != "" {
			cf = scanCode(dir)
		}
		r.codes[dir] = cf
	}
	cf.findings = r.opts.Code
	return cf
}

// moduleDir returns the nearest directory at or above dir that holds a
// go.mod file, "" if there is none.
func moduleDir(dir string) string {
	dir, err := filepath.Abs(dir)
	if err != nil {
		return ""
	}
	for {
		if fi, err := os.Stat(filepath.Join(dir, "go.mod")); err == nil && fi.Mode().IsRegular() {
			return dir
		}
		parent := filepath.Dir(dir)
		if parent == dir {
			return ""
		}
		dir = parent
	}
}

// chartNotes folds the notes of a Helm chart's templates that are not
// YAML until rendered into one note per chart: a chart is many such
// files, and what to do is the same for all of them.
func chartNotes(notes []Note) []Note {
	var out []Note
	charts := map[string]int{} // chart directory → index in out
	for _, n := range notes {
		dir := filepath.Dir(n.File)
		for filepath.Base(dir) != "templates" && dir != filepath.Dir(dir) && strings.Contains(dir, "templates") {
			dir = filepath.Dir(dir)
		}
		chart := filepath.Dir(dir)
		_, err := os.Stat(filepath.Join(chart, "Chart.yaml"))
		if filepath.Base(dir) != "templates" || err != nil || !strings.Contains(n.Msg, "a template") {
			out = append(out, n)
			continue
		}
		if i, ok := charts[chart]; ok {
			out[i].count++
			continue
		}
		charts[chart] = len(out)
		out = append(out, Note{File: chart, count: 1})
	}
	for i, n := range out {
		if n.count > 0 {
			out[i].Msg = fmt.Sprintf("Helm chart: %d template files skipped, they are not YAML until rendered; check the output of helm template %s (statecheck deploy - reads it from standard input)", n.count, n.File)
		}
	}
	return out
}

// rel names path relative to the current directory when it is inside it.
func rel(path string) string {
	wd, err := os.Getwd()
	if err != nil {
		return path
	}
	if r, err := filepath.Rel(wd, path); err == nil && !strings.HasPrefix(r, "..") {
		return r
	}
	return path
}
