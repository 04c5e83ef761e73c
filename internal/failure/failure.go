// Package failure confines the failure of one of statecheck's analyzers
// on one package to that analyzer and that package.
//
// A driver runs the analyzers of a package as a graph, and passes each
// package's facts on to the packages that import it. Left alone, a panic
// ends the process, or, under go vet, leaves the package without its vet
// result, so that every package importing it fails to type-check: one
// bug in one check blanks a whole service. Guard wraps every analyzer of
// the graph so that a panic, or an error, becomes a recorded Failure: the
// analyzer's findings and facts on that package are dropped, it returns
// an empty result so that the analyzers that require it still run, and
// the package's facts are written as usual. Reporter, run after every
// other analyzer, reports the failures of the package, and carries those
// of dependencies analyzed only for their facts, whose findings no driver
// prints, to the packages that import them.
package failure

import (
	"fmt"
	"path/filepath"
	"sort"
	"strings"
)

// HookEnv names the environment variable that, in a binary built with
// the statecheck_testhook tag (and only there), makes analyzers panic on
// purpose, so that tests can watch a failure stay confined: a
// comma-separated list of analyzer@package. The analyzer panics at its
// first At call on the package, or else once it is done with it, before
// its findings and facts reach the driver.
const HookEnv = "STATECHECK_TESTHOOK_PANIC"

// A Failure is one analyzer that failed on one package.
type Failure struct {
	Analyzer string
	Package  string
	// Pos is "file.go:line" (the file's base name) of the function the
	// analyzer was working on when it panicked, "" when not known.
	Pos string
	// Panic reports whether the analyzer panicked, rather than returned
	// an error.
	Panic bool
	// Msg is the panic value or the error's text.
	Msg string
}

// Reason says what went wrong: the error, or the panic and where.
func (f Failure) Reason() string {
	switch {
	case f.Panic && f.Pos != "":
		return "panic at " + f.Pos + ": " + f.Msg
	case f.Panic:
		return "panic: " + f.Msg
	}
	return f.Msg
}

// String is the failure's one line: "analyzer A failed on package P:
// reason". ParseMessage reads it back.
func (f Failure) String() string {
	return "analyzer " + f.Analyzer + " failed on package " + f.Package + ": " + f.Reason()
}

// ParseMessage reads the analyzer, the package and the reason back from
// the message of a Reporter diagnostic.
func ParseMessage(msg string) (analyzer, pkg, reason string, ok bool) {
	rest, ok := strings.CutPrefix(msg, "analyzer ")
	if !ok {
		return "", "", "", false
	}
	analyzer, rest, ok = strings.Cut(rest, " failed on package ")
	if !ok {
		return "", "", "", false
	}
	pkg, reason, ok = strings.Cut(rest, ": ")
	if !ok || analyzer == "" || pkg == "" {
		return "", "", "", false
	}
	return analyzer, pkg, reason, true
}

// Fact is the package fact that carries the failures of a package
// analyzed only for its facts, and of the packages it imports, to the
// packages that import it.
type Fact struct {
	Failures []Failure
}

func (*Fact) AFact() {}

func (f *Fact) String() string {
	s := make([]string, len(f.Failures))
	for i, x := range f.Failures {
		s[i] = x.String()
	}
	return "failures: " + strings.Join(s, "; ")
}

// position formats a file and line as Failure.Pos does.
func position(file string, line int) string {
	return fmt.Sprintf("%s:%d", filepath.Base(file), line)
}

// sortFailures orders failures by package, then analyzer, and drops
// repeats.
func sortFailures(fs []Failure) []Failure {
	sort.Slice(fs, func(i, j int) bool {
		if fs[i].Package != fs[j].Package {
			return fs[i].Package < fs[j].Package
		}
		return fs[i].Analyzer < fs[j].Analyzer
	})
	out := fs[:0]
	for i, f := range fs {
		if i > 0 && f.Package == fs[i-1].Package && f.Analyzer == fs[i-1].Analyzer {
			continue
		}
		out = append(out, f)
	}
	return out
}
