package main

import (
	"fmt"
	"os"
	"slices"
	"strconv"
	"strings"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/analysis/unitchecker"

	"github.com/statecheck/statecheck/analyzers"
	"github.com/statecheck/statecheck/internal/failure"
)

// isVettool reports whether the go command is talking to us as a vet tool
// (go vet -vettool=statecheck, or our own check command, which drives go
// vet). The protocol is three shapes of argument list: "-V=full" and
// "-flags" alone, and the unit's vet.cfg, a regular file, after flags
// only. A flag's value may follow it as an argument of its own, because
// the go command forwards the flags as the user spelled them. Anything
// else is our command line, even when its last argument ends in .cfg: a
// package directory may be named app.cfg, and the check and fix
// subcommands never speak the protocol. The protocol is recognised before
// cobra sees anything, because its flags are Go's single-dash flag
// package flags and cobra's would reject them.
func isVettool(args []string) bool {
	if len(args) == 1 && (args[0] == "-V=full" || args[0] == "-flags") {
		return true
	}
	if len(args) == 0 {
		return false
	}
	cfg := args[len(args)-1]
	if !strings.HasSuffix(cfg, ".cfg") {
		return false
	}
	for i, arg := range args[:len(args)-1] {
		// A non-flag is only the value of the flag before it, which has
		// no "=value" of its own.
		if !strings.HasPrefix(arg, "-") && (i == 0 || !strings.HasPrefix(args[i-1], "-") || strings.Contains(args[i-1], "=")) {
			return false
		}
	}
	fi, err := os.Stat(cfg)
	return err == nil && fi.Mode().IsRegular()
}

// runVettool answers the vet tool protocol with every check's analyzer and
// exits. It runs them all, whatever the check command selected: selection
// happens when the check command reads the results, so the go command's
// cache holds one result per package for every selection, and for plain
// go vet too. "-V=full" is answered from the binary's build ID
// (toolIDLine). A dependency about which no analyzer of statecheck's can
// export a fact gets its types alone (exportTypesOnly); the stand-in checks
// of the tests export no facts at all.
//
// Every analyzer is guarded (analyzers.Guard): a panic or an error of one
// analyzer on the unit loses that analyzer's findings and facts on it and
// nothing else, so the unit's vet result is still written and the packages
// that import it are analyzed as usual. The failure reporter
// (failure.Reporter) runs last: on a unit being checked it reports each
// failure as a diagnostic that the check command turns into an error line;
// on a dependency analyzed only for its facts, whose diagnostics go vet
// drops, it carries the failures in a fact to the units that import it.
func runVettool(checks []analyzers.Check) {
	as := make([]*analysis.Analyzer, len(checks))
	for i, c := range checks {
		as[i] = c.Analyzer
	}
	if len(os.Args) == 2 && os.Args[1] == "-V=full" {
		if line, ok := toolIDLine(); ok {
			fmt.Print(line)
			os.Exit(0)
		}
		// No usable build ID: unitchecker hashes the binary.
	}
	unit := readVetUnit(os.Args[len(os.Args)-1]) // nil for -V=full and -flags
	if unit != nil && exportTypesOnly(unit) {
		os.Exit(0)
	}
	analyzers.Guard(as)
	factsOnly := unit != nil && unit.VetxOnly
	as = append(as, failure.Reporter(as, !factsOnly, factsOnly))
	if unit != nil {
		os.Args = selectReporter(os.Args, as)
	}
	unitchecker.Main(as...)
	os.Exit(0) // unitchecker.Main exits; this is belt and braces
}

// selectReporter adds the failure reporter's flag to a unit's arguments
// when they select analyzers by name (go vet -fieldstate): unitchecker
// would then run only those, and a failure would go unreported.
func selectReporter(args []string, as []*analysis.Analyzer) []string {
	names := map[string]bool{}
	for _, a := range as {
		names[a.Name] = true
	}
	selects := false
	for _, arg := range args[1 : len(args)-1] {
		if !strings.HasPrefix(arg, "-") {
			continue
		}
		name, val, hasVal := strings.Cut(strings.TrimLeft(arg, "-"), "=")
		if !names[name] {
			continue
		}
		if name == failure.ReporterName {
			return args
		}
		if on, err := strconv.ParseBool(val); !hasVal || err == nil && on {
			selects = true
		}
	}
	if !selects {
		return args
	}
	return append(slices.Clone(args[:len(args)-1]), "-"+failure.ReporterName, args[len(args)-1])
}
