package main

import (
	"cmp"
	"os"
	"path/filepath"

	"github.com/spf13/cobra"

	"github.com/statecheck/statecheck/internal/config"
)

// selection is what the configuration file and the command line choose
// for one run: the checks to report, and the build flags and analyzer
// flags for go vet.
type selection struct {
	checks   map[string]bool
	vetFlags []string
	// severity is the severity of each check's findings.
	severity map[string]string
	// exclude are the configuration file's exclude entries, whose globs
	// are relative to excludeDir, the file's directory.
	exclude    []config.Exclude
	excludeDir string
	// deploy says the configuration file asks for the deployment checks.
	deploy bool
}

// commonOptions are the flags that check and fix share.
type commonOptions struct {
	config   string
	enable   []string
	disable  []string
	tags     string
	analyzer *analyzerFlags
}

// addCommonFlags declares the flags of commonOptions on cmd.
func (a *app) addCommonFlags(cmd *cobra.Command, opts *commonOptions) {
	fs := cmd.Flags()
	fs.StringVar(&opts.config, "config", "", "read the configuration `file` (default: "+config.FileName+" in the current directory or the nearest parent that has one)")
	fs.StringSliceVar(&opts.enable, "enable", nil, "run exactly these `checks` (comma-separated)")
	fs.StringSliceVar(&opts.disable, "disable", nil, "do not run these `checks` (comma-separated)")
	fs.StringVar(&opts.tags, "tags", "", "build `tags` to consider satisfied (comma-separated), as for go build; files excluded by their build constraints are not analyzed")
	if opts.analyzer == nil {
		opts.analyzer = newAnalyzerFlags(a.checks)
	}
	opts.analyzer.addTo(cmd)
}

// selection reads the configuration file, if there is one, and combines
// it with the command line, whose flags win: --enable and --disable
// replace the file's enable and disable, and --<check>.<flag> replaces
// the file's value of that setting.
func (a *app) selection(opts *commonOptions) (*selection, error) {
	cfg, err := loadConfig(opts.config)
	if err != nil {
		return nil, err
	}
	enable, disable := opts.enable, opts.disable
	if cfg != nil {
		flags, err := cfg.Flags(a.checks)
		if err != nil {
			return nil, err
		}
		if err := opts.analyzer.applyConfig(flags); err != nil {
			return nil, err
		}
		if enable == nil {
			enable = cfg.Enable
		}
		if disable == nil {
			disable = cfg.Disable
		}
	}
	checks, err := a.selectChecks(enable, disable)
	if err != nil {
		return nil, err
	}
	if len(checks) == 0 {
		// The file alone selects some check (config.Flags checked that),
		// so the command line took the last one away.
		enableName, disableName := "--enable", "--disable"
		if opts.enable == nil && cfg != nil {
			enableName = "enable in " + cfg.File()
		}
		if opts.disable == nil {
			if cfg == nil {
				return nil, usagef("no check is on by default; name some with --enable")
			}
			disableName = "disable in " + cfg.File()
		}
		return nil, usagef("%s removes %s; nothing would be analyzed", disableName, config.NoneSelected(enable, enableName))
	}
	var vetFlags []string
	if args := opts.analyzer.vetArgs(); len(args) > 0 {
		path, err := writeSettings(args)
		if err != nil {
			return nil, err
		}
		vetFlags = []string{"-" + settingsFlag + "=" + path}
	}
	if opts.tags != "" {
		vetFlags = append([]string{"-tags=" + opts.tags}, vetFlags...)
	}
	sel := &selection{checks: checks, vetFlags: vetFlags, severity: map[string]string{}, deploy: cfg != nil && cfg.Deploy}
	for _, c := range a.checks {
		sel.severity[c.Name()] = cmp.Or(cfg.SeverityOf(c), "error")
	}
	if cfg != nil && len(cfg.Exclude) > 0 {
		dir, err := filepath.Abs(filepath.Dir(cfg.File()))
		if err != nil {
			return nil, err
		}
		sel.exclude, sel.excludeDir = cfg.Exclude, dir
	}
	return sel, nil
}

// loadConfig reads the configuration file named by --config, or else the
// one found in the working directory or its parents. It returns nil when
// there is none.
func loadConfig(path string) (*config.Config, error) {
	if path == "" {
		wd, err := os.Getwd()
		if err != nil {
			return nil, err
		}
		found, err := config.Find(wd)
		if err != nil || found == "" {
			return nil, err
		}
		path = shortPath(wd, found)
	} else if _, err := os.Stat(path); err != nil {
		return nil, usagef("--config: %v", err)
	}
	return config.Load(path)
}
