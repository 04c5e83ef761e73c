package main

import (
	"bytes"
	"os/exec"
	"path/filepath"
	"strings"

	"github.com/statecheck/statecheck/internal/config"
)

// Excluded paths (.statecheck.yml exclude) are applied twice. Before the
// analysis, packages whose directory an exclusion for every check matches
// are left out of the patterns handed to go vet, so generated trees,
// examples and tools cost no time; they are still analyzed, for their
// facts, when a package that is analyzed imports them, because a request
// path may run through them. After it, findings in a matched file are
// dropped, for every check or for the checks an entry names.

// excludedRel returns the slash-separated name of the absolute file or
// directory p relative to the configuration file's directory, "" when it
// is outside it.
func (sel *selection) excludedRel(p string) string {
	if sel.excludeDir == "" || !filepath.IsAbs(p) {
		return ""
	}
	rel, err := filepath.Rel(sel.excludeDir, p)
	if err != nil || rel == ".." || strings.HasPrefix(rel, ".."+string(filepath.Separator)) {
		return ""
	}
	return filepath.ToSlash(rel)
}

// excludes reports whether the finding's file is excluded for its check.
func (sel *selection) excludes(f *finding) bool {
	rel := sel.excludedRel(f.Position.File)
	if rel == "" {
		return false
	}
	for _, e := range sel.exclude {
		if e.For(f.Analyzer) && e.Match(rel) {
			return true
		}
	}
	return false
}

// listedPackage is a package that the patterns match.
type listedPackage struct{ path, dir string }

// listPackages returns the packages that patterns match, as go vet will
// see them; ok is false when the go command cannot list them (go vet will
// then say why).
func listPackages(patterns []string, tags string) (pkgs []listedPackage, ok bool) {
	args := []string{"list", "-e", "-f", "{{.ImportPath}}\t{{.Dir}}"}
	if tags != "" {
		args = append(args, "-tags="+tags)
	}
	cmd := exec.Command("go", append(args, patterns...)...)
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	data, err := cmd.Output()
	if err != nil || stderr.Len() > 0 {
		return nil, false
	}
	for line := range strings.SplitSeq(strings.TrimSpace(string(data)), "\n") {
		path, dir, ok := strings.Cut(line, "\t")
		if !ok || dir == "" {
			return nil, false
		}
		pkgs = append(pkgs, listedPackage{path, dir})
	}
	return pkgs, true
}

// excludePackages returns the packages to analyze, pkgs less those in a
// directory excluded for every check, and how many it left out.
func (sel *selection) excludePackages(pkgs []listedPackage) (kept []listedPackage, excluded int) {
	var all []config.Exclude
	for _, e := range sel.exclude {
		if len(e.Checks) == 0 {
			all = append(all, e)
		}
	}
	for _, p := range pkgs {
		rel := sel.excludedRel(p.dir)
		skip := false
		for _, e := range all {
			if rel != "" && e.Match(rel) {
				skip = true
				break
			}
		}
		if skip {
			excluded++
		} else {
			kept = append(kept, p)
		}
	}
	return kept, excluded
}
