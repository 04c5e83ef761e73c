// Package golangci is statecheck's golangci-lint v2 module plugin. Build a
// golangci-lint that includes it with 'golangci-lint custom' and a
// .custom-gcl.yml that names this package:
//
//	version: v2.15.0
//	plugins:
//	  - module: github.com/statecheck/statecheck
//	    import: github.com/statecheck/statecheck/plugin/golangci
//	    version: latest
//
// and enable the linter in .golangci.yml (see .golangci.example.yml at the
// root of the repository):
//
//	linters:
//	  enable: [statecheck]
//	  settings:
//	    custom:
//	      statecheck:
//	        type: module
//	        settings:
//	          handlers: [example.com/web.Context]
//
// The settings are those of a .statecheck.yml file (package
// internal/config), under the same names; unknown ones are errors. The
// linter runs the checks that the settings select, and golangci-lint's
// --fix applies their suggested fixes. A check that fails on a package
// (a bug in statecheck) loses its findings there and is reported as an
// issue; the other findings stay.
package golangci

import (
	"fmt"

	"github.com/golangci/plugin-module-register/register"
	"golang.org/x/tools/go/analysis"

	"github.com/statecheck/statecheck/analyzers"
	"github.com/statecheck/statecheck/internal/config"
	"github.com/statecheck/statecheck/internal/failure"
)

// Name is the linter's name in .golangci.yml.
const Name = "statecheck"

func init() {
	register.Plugin(Name, New)
}

// New decodes the linter's settings from .golangci.yml, sets the checks'
// flags from them, and returns the plugin.
func New(settings any) (register.LinterPlugin, error) {
	cfg, err := register.DecodeSettings[config.Config](settings)
	if err != nil {
		return nil, fmt.Errorf("statecheck: %w", err)
	}
	checks := analyzers.Checks()
	if err := cfg.Apply(checks); err != nil {
		return nil, fmt.Errorf("statecheck settings: %w", err)
	}
	selected, err := config.Selected(checks, cfg.Enable, cfg.Disable)
	if err != nil {
		return nil, fmt.Errorf("statecheck settings: %w", err)
	}
	p := &plugin{}
	for _, c := range selected {
		p.analyzers = append(p.analyzers, c.Analyzer)
	}
	analyzers.Guard(p.analyzers)
	p.analyzers = append(p.analyzers, failure.Reporter(p.analyzers, true, true))
	return p, nil
}

type plugin struct {
	analyzers []*analysis.Analyzer
}

// BuildAnalyzers returns the selected checks' analyzers, guarded, and the
// failure reporter (package internal/failure). golangci-lint drops every
// finding of a linter when one of its analyzers panics or returns an
// error; guarded, an analyzer that fails on a package loses only its own
// findings there, and the reporter reports the failure as an issue of
// the linter, "analyzer A failed on package P: panic at file.go:line:
// value", at the function the analyzer was working on, or at the package
// clause. golangci-lint runs the analyzers on the dependencies of the
// packages it checks only for their facts; the reporter carries their
// failures in a fact, and reports them on every package that imports
// them, at the import (a package that golangci-lint both checks and
// imports gets its failure reported at both places). The stack trace of
// a panic goes to stderr, which golangci-lint discards unless run with
// GL_DEBUG=linters_output.
func (p *plugin) BuildAnalyzers() ([]*analysis.Analyzer, error) {
	return p.analyzers, nil
}

// GetLoadMode asks for type information: the checks need it, and with
// facts across packages.
func (p *plugin) GetLoadMode() string {
	return register.LoadModeTypesInfo
}
