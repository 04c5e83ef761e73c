// Command noopvet is a vet tool that runs one analyzer doing nothing: the
// floor of any vettool's cost (process start, loading export data and
// facts plumbing), against which statecheck's own cost is measured.
package main

import (
	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/analysis/unitchecker"
)

var noop = &analysis.Analyzer{
	Name: "noop",
	Doc:  "noop: do nothing, to measure a vettool's fixed cost",
	Run:  func(*analysis.Pass) (any, error) { return nil, nil },
}

func main() { unitchecker.Main(noop) }
