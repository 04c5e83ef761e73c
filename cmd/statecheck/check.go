package main

import (
	"fmt"
	"os"
	"slices"
	"strings"

	"github.com/spf13/cobra"

	"github.com/statecheck/statecheck/analyzers"
)

// formats are the check command's output formats.
var formats = []string{"text", "json", "sarif", "github"}

// checkOptions are the flags of the check command (and of the root
// command, which runs it).
type checkOptions struct {
	commonOptions
	format string
	tests  bool
}

func (a *app) checkCmd(opts *checkOptions) *cobra.Command {
	cmd := &cobra.Command{
		Use:   "check [flags] [packages]",
		Short: "Run the enabled checks on packages (default ./...)",
		Args:  cobra.ArbitraryArgs,
		RunE: func(cmd *cobra.Command, args []string) error {
			return a.check(opts, args)
		},
	}
	a.addCheckFlags(cmd, opts)
	return cmd
}

// addCheckFlags declares the check flags on cmd. The root command and the
// check command share one checkOptions: only one of them runs.
func (a *app) addCheckFlags(cmd *cobra.Command, opts *checkOptions) {
	fs := cmd.Flags()
	fs.StringVar(&opts.format, "format", "text", "output `format`: "+strings.Join(formats, ", "))
	fs.BoolVar(&opts.tests, "tests", false, "report findings in _test.go files too")
	a.addCommonFlags(cmd, &opts.commonOptions)
}

// check is the check command: run the selected checks on the packages,
// print the findings, and return errFindings if there were any.
func (a *app) check(opts *checkOptions, patterns []string) error {
	if !slices.Contains(formats, opts.format) {
		return usagef("--format must be one of %s, not %q", strings.Join(formats, ", "), opts.format)
	}
	sel, err := a.selection(&opts.commonOptions)
	if err != nil {
		return err
	}
	if len(patterns) == 0 {
		patterns = []string{"./..."}
	}
	res, err := vet(vetRequest{
		patterns: patterns,
		flags:    sel.vetFlags,
		stderr:   a.stderr,
	})
	if err != nil {
		return err
	}
	findings := res.findings[:0]
	for _, f := range res.findings {
		if sel.checks[f.Analyzer] && (opts.tests || !strings.HasSuffix(f.Position.File, "_test.go")) {
			f.URL = a.url(f.Analyzer)
			findings = append(findings, f)
		}
	}
	var failures []analysisError
	for _, e := range res.analysisErrors {
		if sel.checks[e.analyzer] {
			failures = append(failures, e)
		}
	}
	if err := a.write(opts.format, findings, failures, res.failed); err != nil {
		return err
	}
	for _, e := range failures {
		fmt.Fprintf(a.stderr, "statecheck: analyzer %s failed on package %s: %s\n", e.analyzer, e.pkg, e.msg)
	}
	switch {
	case res.failed || len(failures) > 0:
		return errReported
	case len(findings) > 0:
		return errFindings
	}
	return nil
}

// write prints the findings, whose file names are absolute, in format.
// The text format names files relative to the current directory, as go
// vet does; the others, made for tools and CI, relative to the module
// root, with forward slashes.
func (a *app) write(format string, findings []finding, failures []analysisError, failed bool) error {
	wd, _ := os.Getwd()
	if format == "text" {
		mapPaths(findings, func(p string) string { return shortPath(wd, p) })
		sortFindings(findings)
		return writeText(a.stdout, findings)
	}
	root := moduleRoot(wd)
	if format == "sarif" {
		return writeSARIF(a.stdout, findings, sarifRun{
			root:     root,
			checks:   a.checks,
			failures: failures,
			failed:   failed,
		})
	}
	mapPaths(findings, func(p string) string { return rootPath(root, p) })
	sortFindings(findings)
	if format == "github" {
		return writeGitHub(a.stdout, findings)
	}
	return writeJSON(a.stdout, findings)
}

// selectChecks returns the names of the checks to report: those named by
// enable, or else every check on by default, less those named by
// disable.
func (a *app) selectChecks(enable, disable []string) (map[string]bool, error) {
	for _, list := range []struct {
		flag  string
		names []string
	}{{"--enable", enable}, {"--disable", disable}} {
		for _, n := range list.names {
			if !a.has(n) {
				return nil, usagef("%s: unknown check %q; valid names: %s", list.flag, n, a.checkNames())
			}
		}
	}
	if enable != nil && len(enable) == 0 {
		return nil, usagef("--enable: no check named; valid names: %s", a.checkNames())
	}
	selected := map[string]bool{}
	for _, c := range a.checks {
		if enable != nil && slices.Contains(enable, c.Name()) || enable == nil && c.Default {
			selected[c.Name()] = true
		}
	}
	for _, n := range disable {
		delete(selected, n)
	}
	return selected, nil
}

func (a *app) has(name string) bool {
	_, ok := a.lookup(name)
	return ok
}

func (a *app) lookup(name string) (analyzers.Check, bool) {
	for _, c := range a.checks {
		if c.Name() == name {
			return c, true
		}
	}
	return analyzers.Check{}, false
}

// url is the documentation address of the named check.
func (a *app) url(name string) string {
	if c, ok := a.lookup(name); ok {
		return c.Analyzer.URL
	}
	return ""
}
