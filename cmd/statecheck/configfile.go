package main

import (
	"cmp"
	"os"
	"path/filepath"
	"slices"
	"strings"

	"github.com/spf13/cobra"

	"github.com/statecheck/statecheck/analyzers"
	"github.com/statecheck/statecheck/internal/config"
	"github.com/statecheck/statecheck/internal/deploy"
)

// selection is what the configuration file and the command line choose
// for one run: the checks to report, and the build flags and analyzer
// flags for go vet.
type selection struct {
	checks   map[string]bool
	vetFlags []string
	// severity is the severity of each check's findings, and levels that
	// of the kinds of finding a check reports at another level, by
	// analysis.Diagnostic.Category (severityOf reads both).
	severity map[string]string
	levels   map[string]map[string]string
	// exclude are the configuration file's exclude entries, whose globs
	// are relative to excludeDir, the file's directory.
	exclude    []config.Exclude
	excludeDir string
	// deploy says the deployment files are checked: check --deploy, or
	// deploy: true in the configuration file.
	deploy bool
	// deployChecks are the deployment checks to report when they are.
	deployChecks map[string]bool
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
// the file's value of that setting. It is the selection of a command that
// does not check deployment files (fix): deployment checks named in the
// file or on the command line are known names, but do not run.
func (a *app) selection(opts *commonOptions) (*selection, error) {
	return a.checkSelection(opts, false, false)
}

// checkSelection is selection for the check command: deployFlag is --deploy,
// and deployCmd says the deployment files are checked when --deploy or
// the file's deploy: true asks for it. enable and disable name code
// checks and deployment checks alike: enable names exactly the checks of
// both kinds to run. A run that would check nothing is an error, and so
// is one that checks the deployment files with no deployment check left.
func (a *app) checkSelection(opts *commonOptions, deployFlag, deployCmd bool) (*selection, error) {
	cfg, err := loadConfig(opts.config)
	if err != nil {
		return nil, err
	}
	all := append(slices.Clip(a.checks), deployCheckList()...)
	enable, disable := opts.enable, opts.disable
	if cfg != nil {
		flags, err := cfg.Flags(all)
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
	// Where each list came from, for the messages.
	enableName, disableName := "--enable", "--disable"
	if opts.enable == nil && cfg != nil {
		enableName = "enable in " + cfg.File()
	}
	if opts.disable == nil && cfg != nil {
		disableName = "disable in " + cfg.File()
	}
	if err := checkNames(all, enable, disable); err != nil {
		return nil, err
	}
	codeEnable, deployEnable := splitDeploy(enable)
	codeDisable, deployDisable := splitDeploy(disable)
	sel := &selection{
		severity:     map[string]string{},
		deploy:       deployCmd && (deployFlag || cfg != nil && cfg.Deploy),
		deployChecks: map[string]bool{},
	}
	if enable != nil && len(codeEnable) == 0 {
		// enable names deployment checks only.
		sel.checks = map[string]bool{}
		if !sel.deploy {
			how := "give --deploy or set deploy: true in " + config.FileName
			if !deployCmd {
				how = "they run in statecheck check --deploy and statecheck deploy"
			}
			return nil, usagef("%s names only deployment checks (%s) and the deployment files are not checked: %s; nothing would be analyzed",
				enableName, strings.Join(deployEnable, ", "), how)
		}
	} else if sel.checks, err = a.selectChecks(codeEnable, codeDisable); err != nil {
		return nil, err
	}
	for _, n := range deploy.Names() {
		if (enable == nil || slices.Contains(deployEnable, n)) && !slices.Contains(deployDisable, n) {
			sel.deployChecks[n] = true
		}
	}
	if len(sel.checks) == 0 && !sel.deploy {
		// The file alone selects some check (config.Flags checked that),
		// so the command line took the last one away.
		if cfg == nil && opts.disable == nil {
			return nil, usagef("no check is on by default; name some with --enable")
		}
		if opts.enable == nil && opts.disable == nil {
			return nil, cfg.ErrorAt("disable", "disable: removes %s; nothing would be analyzed", config.NoneSelected(codeEnable, "enable"))
		}
		return nil, usagef("%s removes %s; nothing would be analyzed", disableName, config.NoneSelected(codeEnable, enableName))
	}
	if sel.deploy && len(sel.deployChecks) == 0 {
		if len(deployEnable) == 0 && enable != nil {
			return nil, usagef("%s names no deployment check, and the deployment files are checked (--deploy or deploy: true): name some of %s, or do not check them",
				enableName, strings.Join(deploy.Names(), ", "))
		}
		return nil, usagef("%s removes every deployment check, and the deployment files are checked (--deploy or deploy: true): nothing would be reported for them", disableName)
	}
	if args := opts.analyzer.vetArgs(); len(args) > 0 {
		path, err := writeSettings(args)
		if err != nil {
			return nil, err
		}
		sel.vetFlags = []string{"-" + settingsFlag + "=" + path}
	}
	if opts.tags != "" {
		sel.vetFlags = append([]string{"-tags=" + opts.tags}, sel.vetFlags...)
	}
	for _, c := range all {
		sel.severity[c.Name()] = cmp.Or(cfg.SeverityOf(c), "error")
		for _, l := range c.Levels {
			if sel.levels == nil {
				sel.levels = map[string]map[string]string{}
			}
			if sel.levels[c.Name()] == nil {
				sel.levels[c.Name()] = map[string]string{}
			}
			sel.levels[c.Name()][l.Category] = cfg.SeverityFor(c, l.Category)
		}
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

// checkNames checks the names that enable and disable give against every
// check, code and deployment: an unknown name is a usage error that lists
// them all.
func checkNames(all []analyzers.Check, enable, disable []string) error {
	for _, list := range []struct {
		flag  string
		names []string
	}{{"--enable", enable}, {"--disable", disable}} {
		for _, n := range list.names {
			if !slices.ContainsFunc(all, func(c analyzers.Check) bool { return c.Name() == n }) {
				return usagef("%s: unknown check %q; valid names: %s", list.flag, n, checkList(all))
			}
		}
	}
	if enable != nil && len(enable) == 0 {
		return usagef("--enable: no check named; valid names: %s", checkList(all))
	}
	return nil
}

// checkList lists the checks' names for a message.
func checkList(checks []analyzers.Check) string {
	names := make([]string, len(checks))
	for i, c := range checks {
		names[i] = c.Name()
	}
	return strings.Join(names, ", ")
}

// splitDeploy splits a list of check names into the code checks' and the
// deployment checks'. A nil list stays nil on both sides (no list given);
// a list that names none of one kind gives an empty, non-nil list.
func splitDeploy(names []string) (code, dep []string) {
	if names == nil {
		return nil, nil
	}
	code, dep = []string{}, []string{}
	for _, n := range names {
		if _, ok := deploy.Lookup(n); ok {
			dep = append(dep, n)
		} else {
			code = append(code, n)
		}
	}
	return code, dep
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

// severityOf is the severity of a finding of check whose category (its
// analysis.Diagnostic.Category) is category: the level the check gives
// that category, else the check's; the configuration's severity for the
// check is already in both.
func (s *selection) severityOf(check, category string) string {
	if l, ok := s.levels[check][category]; ok {
		return l
	}
	return s.severity[check]
}
