// Command statecheck finds Go code that keeps client state inside one
// process: code for which it is false that any instance can serve any
// request and any instance can disappear at any moment.
//
// Usage:
//
//	statecheck [flags] [packages]      # same as 'statecheck check'
//	statecheck check [flags] [packages]
//	statecheck fix [--diff] [flags] [packages]
//	statecheck deploy [flags] [paths]
//	statecheck list [--format text|markdown]
//	statecheck explain <check>
//	statecheck version
//
// The configuration file .statecheck.yml, in the working directory or the
// nearest parent that has one, declares what statecheck cannot know (see
// package internal/config).
//
// The same binary is a vet tool, go vet -vettool=$(command -v statecheck),
// and a fix tool, go fix -fixtool=$(command -v statecheck).
package main

import (
	"os"

	"github.com/statecheck/statecheck/analyzers"
)

func main() {
	os.Exit(run(analyzers.Checks(), os.Args[1:]))
}

// run is the whole program for a given list of checks. Tests call it with
// stand-in checks so that the drivers can be exercised end to end before,
// and independently of, the real analyzers.
func run(checks []analyzers.Check, args []string) int {
	if isVettool(args) {
		registerSettingsFlag()
		runVettool(checks) // does not return
	}
	return execute(newApp(checks), args)
}
