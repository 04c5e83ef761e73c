package main

import (
	"regexp"
	"strconv"
	"strings"
)

// goFailures is what the go command's stderr says went wrong, read line
// by line in the shapes the go command prints, so that a message that
// merely quotes one of its phrases (a compile error, a file name) is not
// mistaken for it.
type goFailures struct {
	// noMatch are the patterns the go command warned matched no
	// packages: go: warning: "PATTERN" matched no packages.
	noMatch []string
	// packages are the packages, by path, under whose "# PATH" header
	// the go command printed errors: they do not type-check, or the vet
	// tool failed on them.
	packages []failedPackage
	// other are error lines outside any package's block, such as a
	// missing import or a pattern naming no directory.
	other []string
}

// failedPackage is a package and the first line of its errors.
type failedPackage struct {
	path, msg string
}

var noMatchLine = regexp.MustCompile(`^go: warning: ("(?:[^"\\]|\\.)*") matched no packages$`)

// noPackagesLine is the go command's closing line when no pattern matched.
var noPackagesLine = regexp.MustCompile(`^no packages to (vet|fix)$`)

// parseGoStderr reads the go command's stderr.
func parseGoStderr(stderr string) goFailures {
	var gf goFailures
	var cur *failedPackage
	for line := range strings.SplitSeq(stderr, "\n") {
		line = strings.TrimRight(line, "\r")
		if m := noMatchLine.FindStringSubmatch(line); m != nil {
			if p, err := strconv.Unquote(m[1]); err == nil {
				gf.noMatch = append(gf.noMatch, p)
				continue
			}
		}
		switch {
		case strings.TrimSpace(line) == "" || noPackagesLine.MatchString(line):
		case strings.HasPrefix(line, "# "):
			// "# example.com/a" or "# example.com/a [example.com/a.test]"
			path, _, _ := strings.Cut(strings.TrimPrefix(line, "# "), " ")
			gf.packages = append(gf.packages, failedPackage{path: path})
			cur = &gf.packages[len(gf.packages)-1]
		case cur != nil:
			if cur.msg == "" {
				cur.msg = line
			}
		case !strings.HasPrefix(line, "\t"): // tab lines continue a message
			gf.other = append(gf.other, line)
		}
	}
	return gf
}

// failures returns one sentence per failure: each pattern that matched
// nothing, each package that failed with its first error, each other
// error line.
func (gf goFailures) failures() []string {
	var out []string
	for _, p := range gf.noMatch {
		out = append(out, "package pattern "+strconv.Quote(p)+" matched no packages")
	}
	seen := map[string]bool{}
	for _, p := range gf.packages {
		if seen[p.path] {
			continue
		}
		seen[p.path] = true
		msg := "package " + p.path + " could not be analyzed"
		if p.msg != "" {
			msg += ": " + p.msg
		}
		out = append(out, msg)
	}
	for _, l := range gf.other {
		out = append(out, "the go command failed: "+l)
	}
	return out
}
