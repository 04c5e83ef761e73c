package main

import (
	"fmt"
	"os"
	"runtime/debug"
	"strings"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/analysis/unitchecker"

	"github.com/statecheck/statecheck/analyzers"
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
	guard(as, unit != nil && unit.VetxOnly)
	unitchecker.Main(as...)
	os.Exit(0) // unitchecker.Main exits; this is belt and braces
}

// guard makes a panic in any analyzer of the graph, including the ones
// the checks require, end the process with a message that names the
// analyzer and the package. Without it, unitchecker would crash with a
// bare stack trace. On a dependency analyzed only for its facts
// (factsOnly), an analyzer's error ends the process the same way, because
// unitchecker would drop it silently and leave the facts missing; on the
// packages being checked, errors reach the check command in go vet's JSON.
//
// It wraps Run in place because analyzers find their prerequisites'
// results by pointer (pass.ResultOf[effects.Analyzer]): copies would break
// that. The process is a vet tool for one package and exits afterwards.
func guard(roots []*analysis.Analyzer, factsOnly bool) {
	seen := map[*analysis.Analyzer]bool{}
	var visit func(a *analysis.Analyzer)
	visit = func(a *analysis.Analyzer) {
		if seen[a] {
			return
		}
		seen[a] = true
		for _, req := range a.Requires {
			visit(req)
		}
		run := a.Run
		a.Run = func(pass *analysis.Pass) (any, error) {
			defer func() {
				if r := recover(); r != nil {
					fmt.Fprintf(os.Stderr, "statecheck: analyzer %s panicked on package %s: %v\n\n%s\nThis is a bug in statecheck; please report it with the trace above.\n",
						pass.Analyzer.Name, pass.Pkg.Path(), r, debug.Stack())
					os.Exit(1)
				}
			}()
			res, err := run(pass)
			if err != nil && factsOnly {
				fmt.Fprintf(os.Stderr, "statecheck: analyzer %s failed on package %s: %v\n", pass.Analyzer.Name, pass.Pkg.Path(), err)
				os.Exit(1)
			}
			return res, err
		}
	}
	for _, a := range roots {
		visit(a)
	}
}
