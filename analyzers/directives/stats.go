package directives

import (
	"encoding/json"
	"path/filepath"

	"golang.org/x/tools/go/analysis"

	"github.com/statecheck/statecheck/analyzers/internal/effects"
	"github.com/statecheck/statecheck/analyzers/internal/report"
)

// StatsPrefix begins the message of the one diagnostic per package that
// directives reports under its -stats flag. The statecheck command sets
// the flag to count the packages it analyzed and to name the generated
// files whose findings are not reported, and it never shows these
// diagnostics as findings. Carrying the numbers in go vet's own JSON
// output, rather than in a side channel, keeps them right when go vet
// answers from its cache without running the vet tool.
const StatsPrefix = "statecheck-stats "

// Stats is the JSON after StatsPrefix.
type Stats struct {
	Files     int      `json:"files"`               // Go files analyzed
	Generated []string `json:"generated,omitempty"` // the generated ones, absolute paths
	// Capped counts the functions whose summaries reached the limit of
	// Limit effects, and Dropped the effects they had no room for: the
	// findings those would make are missing.
	Capped  int `json:"capped,omitempty"`
	Dropped int `json:"dropped,omitempty"`
	Limit   int `json:"limit,omitempty"`
}

var stats bool

func init() {
	Analyzer.Flags.BoolVar(&stats, "stats", false, "report, for the statecheck command, the files of each package and which are generated (one diagnostic per package)")
}

// reportStats reports the package's Stats at its first file's package
// clause.
func reportStats(pass *analysis.Pass) {
	if len(pass.Files) == 0 {
		return
	}
	var s Stats
	for _, f := range pass.Files {
		file := pass.Fset.File(f.Pos())
		if file == nil {
			continue
		}
		s.Files++
		if report.IsGenerated(f) {
			s.Generated = append(s.Generated, filepath.Clean(file.Name()))
		}
	}
	if res, ok := pass.ResultOf[effects.Analyzer].(*effects.Result); ok {
		n, d := res.Stats()
		if n > 0 {
			s.Capped, s.Dropped, s.Limit = n, d.Writes+d.Resources, effects.MaxEffects
		}
	}
	data, err := json.Marshal(s)
	if err != nil {
		panic(err) // Stats always encodes
	}
	f := pass.Files[0]
	pass.Report(analysis.Diagnostic{Pos: f.Package, End: f.Name.End(), Message: StatsPrefix + string(data)})
}
