package main

import (
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"time"

	"github.com/spf13/cobra"

	"github.com/statecheck/statecheck/analyzers"
	"github.com/statecheck/statecheck/analyzers/directives"
	"github.com/statecheck/statecheck/internal/config"
	"github.com/statecheck/statecheck/internal/deploy"
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
	// baseline and writeBaseline are --baseline and --write-baseline:
	// files of accepted findings (baseline.go).
	baseline, writeBaseline string
	// newFromRev is --new-from-rev: report only findings on lines changed
	// since this git revision.
	newFromRev string
	// pathPrefix is --path-prefix; pathPrefixSet says it was given.
	pathPrefix    string
	pathPrefixSet bool
	// deploy is --deploy: check the deployment files too.
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
	fs.BoolVar(&opts.stats, "stats", false, "print on stderr how many packages and files were analyzed, which files were skipped as generated, the time taken, the effects dropped at the summary limit, and baseline entries that matched no finding")
	fs.BoolVar(&opts.deploy, "deploy", false, "also check the deployment files under the module root (statecheck deploy), naming the code findings they relate to")
	fs.StringVar(&opts.baseline, "baseline", "", "report only findings that are not in the baseline `file` (written by --write-baseline)")
	fs.StringVar(&opts.writeBaseline, "write-baseline", "", "record the findings in the baseline `file` and report none; entries of packages and checks not analyzed are kept")
	fs.StringVar(&opts.newFromRev, "new-from-rev", "", "report only findings on lines added or changed since the git `revision`, and in files git does not track")
	fs.Func("path-prefix", "name files in json, sarif and github output relative to the module root, after `prefix` (default: relative to the git repository's top level)", func(s string) error {
		opts.pathPrefix, opts.pathPrefixSet = s, true
		return nil
	})
	a.addCommonFlags(cmd, &opts.commonOptions)
}

// check is the check command: run the selected checks on the packages,
// print the findings, and return errFindings if there were any.
func (a *app) check(opts *checkOptions, patterns []string) error {
	if !slices.Contains(formats, opts.format) {
		return usagef("--format must be one of %s, not %q", strings.Join(formats, ", "), opts.format)
	}
	sel, err := a.checkSelection(&opts.commonOptions, opts.deploy, true)
	if err != nil {
		return err
	}
	if len(patterns) == 0 {
		patterns = []string{"./..."}
	}
	var base *baselineFile
	switch {
	case opts.baseline != "" && opts.writeBaseline != "":
		return usagef("--baseline and --write-baseline: give one; --write-baseline records every finding")
	case opts.baseline != "":
		if base, err = readBaseline(opts.baseline, false); err != nil {
			return usagef("--baseline: %v", err)
		}
	case opts.writeBaseline != "":
		if base, err = readBaseline(opts.writeBaseline, true); err != nil {
			return usagef("--write-baseline: %v", err)
		}
	}
	wd, _ := os.Getwd()
	var changed *changedLines
	if opts.newFromRev != "" {
		if changed, err = gitChanges(wd, opts.newFromRev); err != nil {
			return err
		}
	}
	// The packages are listed when some are excluded, and for a
	// baseline, which must tell a fixed finding from one not looked for.
	vetPatterns, excludedPkgs := patterns, 0
	var listed map[string]bool // nil: every package counts as analyzed
	if len(sel.exclude) > 0 || base != nil {
		if pkgs, ok := listPackages(patterns, opts.tags); ok {
			kept, n := sel.excludePackages(pkgs)
			if n > 0 && len(kept) == 0 {
				return usagef("exclude in %s leaves out every package that %s matches; nothing would be analyzed",
					shortPath(wd, filepath.Join(sel.excludeDir, config.FileName)), strings.Join(patterns, " "))
			}
			listed = map[string]bool{}
			for _, p := range kept {
				listed[p.path] = true
			}
			if n > 0 {
				excludedPkgs, vetPatterns = n, nil
				for _, p := range kept {
					vetPatterns = append(vetPatterns, p.path)
				}
			}
		}
	}
	flags := sel.vetFlags
	if opts.stats && a.has(directives.Analyzer.Name) {
		flags = append(slices.Clip(flags), "-"+directives.Analyzer.Name+".stats=true")
	}
	start := time.Now()
	res := &vetResult{} // enable names deployment checks only: no code to analyze
	if len(sel.checks) > 0 {
		res, err = vet(vetRequest{
			patterns: vetPatterns,
			flags:    flags,
			stderr:   a.stderr,
		})
		if err != nil {
			return err
		}
	}
	findings := res.findings[:0]
	excludedFindings := 0
	for _, f := range res.findings {
		if sel.checks[f.Analyzer] && (opts.tests || !strings.HasSuffix(f.Position.File, "_test.go")) {
			if sel.excludes(&f) {
				excludedFindings++
				continue
			}
			f.URL = a.url(f.Analyzer)
			f.Severity = sel.severityOf(f.Analyzer, f.Category)
			findings = append(findings, f)
		}
	}
	writer := a
	deployRan := sel.deploy
	if deployRan {
		if findings, err = a.checkDeploy(sel, findings); err != nil {
			return err
		}
		writer = a.withDeployChecks()
	}
	addFingerprints(findings)
	if changed != nil {
		findings = slices.DeleteFunc(findings, func(f finding) bool { return !changed.newSince(&f) })
	}
	var failures []analysisError
	for _, e := range res.analysisErrors {
		// An analyzer that is not a check serves them all.
		if sel.checks[e.analyzer] || !a.has(e.analyzer) {
			failures = append(failures, e)
		}
	}
	paths := newOutPaths(wd, opts.pathPrefix, opts.pathPrefixSet)
	analyzed := func(pkg, check string) bool {
		if _, ok := deploy.Lookup(check); ok || pkg == "" {
			// A deployment file's finding has no package.
			return deployRan && pkg == "" && (sel.deployChecks[check] || check == deploy.DirectivesCheck)
		}
		return (listed == nil || listed[pkg]) && sel.checks[check]
	}
	var match baselineMatch
	switch {
	case opts.writeBaseline != "":
		if res.failed || len(failures) > 0 {
			for _, e := range failures {
				fmt.Fprintf(a.stderr, "statecheck: analyzer %s failed on package %s: %s\n", e.analyzer, e.pkg, e.msg)
			}
			fmt.Fprintf(a.stderr, "statecheck: %s not written: the run did not analyze every package\n", opts.writeBaseline)
			return errReported
		}
		nb, kept := base.rewrite(findings, analyzed, paths.name)
		if err := nb.write(opts.writeBaseline); err != nil {
			return err
		}
		msg := fmt.Sprintf("statecheck: wrote %s to %s", plural(len(findings), "finding"), opts.writeBaseline)
		if kept > 0 {
			msg += fmt.Sprintf(", kept %d of packages or checks this run did not analyze", kept)
		}
		fmt.Fprintln(a.stderr, msg)
		findings = nil
	case base != nil:
		findings, match = base.apply(findings, analyzed)
	}
	if err := writer.write(opts.format, findings, failures, res.goFailures, paths); err != nil {
		return err
	}
	for _, e := range failures {
		fmt.Fprintf(a.stderr, "statecheck: analyzer %s failed on package %s: %s\n", e.analyzer, e.pkg, e.msg)
	}
	if opts.stats {
		a.writeStats(res, len(findings), time.Since(start))
		if excludedPkgs > 0 || excludedFindings > 0 {
			fmt.Fprintf(a.stderr, "statecheck: excluded by %s: %s left out of the analysis, %s not reported\n",
				config.FileName, plural(excludedPkgs, "package"), plural(excludedFindings, "finding"))
		}
		if base != nil && opts.baseline != "" {
			a.writeBaselineStats(opts.baseline, match)
		}
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

// writeBaselineStats prints what the baseline matched, and its entries
// that matched no finding: fixed, or changed past recognition. Rewriting
// the baseline drops them.
func (a *app) writeBaselineStats(file string, m baselineMatch) {
	fmt.Fprintf(a.stderr, "statecheck: %s in %s not reported\n", plural(m.matched, "finding"), file)
	if len(m.stale) == 0 {
		return
	}
	n := 0
	for _, e := range m.stale {
		n += e.Count
	}
	fmt.Fprintf(a.stderr, "statecheck: %s of %s matched no finding (fixed, or changed); rewrite it with --write-baseline %s to drop them:\n",
		plural(n, "entry"), file, file)
	for _, e := range m.stale {
		where := e.Package
		if where == "" {
			where = e.File // a deployment file's finding
		}
		if e.Function != "" {
			where += "." + e.Function
		}
		fmt.Fprintf(a.stderr, "\t%s: %s (%s)\n", where, e.Message, e.Check)
	}
}

// plural returns "1 file", "2 files".
func plural(n int, noun string) string {
	if n == 1 {
		return "1 " + noun
	}
	if s, ok := strings.CutSuffix(noun, "y"); ok {
		return fmt.Sprintf("%d %sies", n, s)
	}
	return fmt.Sprintf("%d %ss", n, noun)
}

// write prints the findings, whose file names are absolute, in format.
// The text format names files relative to the current directory, as go
// vet does; the others, made for tools and CI, as paths says (relative
// to the repository root), with forward slashes.
func (a *app) write(format string, findings []finding, failures []analysisError, goFailures []string, paths outPaths) error {
	wd, _ := os.Getwd()
	if format == "text" {
		mapPaths(findings, func(p string) string { return shortPath(wd, p) })
		sortFindings(findings)
		return writeText(a.stdout, findings)
	}
	if format == "sarif" {
		return writeSARIF(a.stdout, findings, sarifRun{
			paths:      paths,
			checks:     a.checks,
			failures:   failures,
			goFailures: goFailures,
		})
	}
	mapPaths(findings, paths.name)
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
