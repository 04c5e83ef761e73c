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

// variant is set at link time (-ldflags=-X=main.variant=…) to make a copy
// of the tool whose go vet results are cached apart: compare.sh warms the
// build cache with one without warming the measured tool's results.
var variant string

func main() {
	_ = variant
	unitchecker.Main(noop)
}
