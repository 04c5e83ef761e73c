package main

import (
	"fmt"
	"os"
	"slices"
	"strings"
	"time"

	"github.com/spf13/cobra"

	"github.com/statecheck/statecheck/analyzers"
	"github.com/statecheck/statecheck/analyzers/directives"
)

// formats are the check command's output formats.
var formats = []string{"text", "json", "sarif", "github"}

// checkOptions are the flags of the check command (and of the root
// command, which runs it).
type checkOptions struct {
	commonOptions
	format string
	tests  bool
	stats  bool
	deploy bool
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
	fs.BoolVar(&opts.deploy, "deploy", false, "also check the deployment files under the module root (statecheck deploy), naming the code findings they relate to")
	fs.BoolVar(&opts.stats, "stats", false, "print on stderr how many packages and files were analyzed, which files were skipped as generated, the time taken, and the effects dropped at the summary limit")
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
	flags := sel.vetFlags
	if opts.stats {
		flags = append(slices.Clip(flags), "-"+directives.Analyzer.Name+".stats=true")
	}
	start := time.Now()
	res, err := vet(vetRequest{
		patterns: patterns,
		flags:    flags,
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
	writer := a
	if opts.deploy || sel.deploy {
		if findings, err = a.checkDeploy(findings); err != nil {
			return err
		}
		writer = a.withDeployChecks()
	}
	var failures []analysisError
	for _, e := range res.analysisErrors {
		// An analyzer that is not a check serves them all.
		if sel.checks[e.analyzer] || !a.has(e.analyzer) {
			failures = append(failures, e)
		}
	}
	if err := writer.write(opts.format, findings, failures, res.goFailures); err != nil {
		return err
	}
	for _, e := range failures {
		fmt.Fprintf(a.stderr, "statecheck: analyzer %s failed on package %s: %s\n", e.analyzer, e.pkg, e.msg)
	}
	if opts.stats {
		a.writeStats(res, len(findings), time.Since(start))
	}
	switch {
	case res.failed || len(failures) > 0:
		return errReported
	case len(findings) > 0:
		return errFindings
	}
	return nil
}

// writeStats prints the --stats summary on stderr: packages and files
// analyzed, the generated files among them (analyzed, because a request
// path may run through them, but never reported on), the wall time, and
// the effects that function summaries had no room for.
func (a *app) writeStats(res *vetResult, findings int, took time.Duration) {
	files, capped, dropped, limit := 0, 0, 0, 0
	var generated []string
	for _, s := range res.packages {
		files += s.Files
		generated = append(generated, s.Generated...)
		capped, dropped, limit = capped+s.Capped, dropped+s.Dropped, max(limit, s.Limit)
	}
	fmt.Fprintf(a.stderr, "statecheck: %s (%s) analyzed in %.1fs: %s\n",
		plural(len(res.packages), "package"), plural(files, "file"), took.Seconds(), plural(findings, "finding"))
	if dropped > 0 {
		fmt.Fprintf(a.stderr, "statecheck: %s reached the limit of %d effects per summary: %d more dropped, their findings are not reported\n",
			plural(capped, "function"), limit, dropped)
	}
	if len(generated) == 0 {
		return
	}
	wd, _ := os.Getwd()
	for i, g := range generated {
		generated[i] = shortPath(wd, g)
	}
	slices.Sort(generated)
	const shown = 5
	list := strings.Join(generated[:min(shown, len(generated))], ", ")
	if len(generated) > shown {
		list += fmt.Sprintf(" and %d more", len(generated)-shown)
	}
	fmt.Fprintf(a.stderr, "statecheck: %s skipped: findings in generated code are not reported (calls through it are still followed): %s\n",
		plural(len(generated), "generated file"), list)
}

// plural returns "1 file", "2 files".
func plural(n int, noun string) string {
	if n == 1 {
		return "1 " + noun
	}
	return fmt.Sprintf("%d %ss", n, noun)
}

// write prints the findings, whose file names are absolute, in format.
// The text format names files relative to the current directory, as go
// vet does; the others, made for tools and CI, relative to the module
// root, with forward slashes.
func (a *app) write(format string, findings []finding, failures []analysisError, goFailures []string) error {
	wd, _ := os.Getwd()
	if format == "text" {
		mapPaths(findings, func(p string) string { return shortPath(wd, p) })
		sortFindings(findings)
		return writeText(a.stdout, findings)
	}
	root := moduleRoot(wd)
	if format == "sarif" {
		return writeSARIF(a.stdout, findings, sarifRun{
			root:       root,
			checks:     a.checks,
			failures:   failures,
			goFailures: goFailures,
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
