package main

import (
	"cmp"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"

	"github.com/spf13/cobra"
	"golang.org/x/tools/go/analysis"

	"github.com/statecheck/statecheck/analyzers"
	"github.com/statecheck/statecheck/internal/config"
	"github.com/statecheck/statecheck/internal/deploy"
)

// deployOptions are the flags of the deploy command.
type deployOptions struct {
	config  string
	format  string
	enable  []string
	disable []string
	code    string
	// pathPrefix is --path-prefix; pathPrefixSet says it was given.
	pathPrefix    string
	pathPrefixSet bool
}

func (a *app) deployCmd() *cobra.Command {
	opts := &deployOptions{}
	cmd := &cobra.Command{
		Use:   "deploy [flags] [paths]",
		Short: "Check deployment files for sticky sessions, local volumes and short grace periods (default .)",
		Long: `deploy checks the files a service is deployed with, which no analyzer of the
code can see: Kubernetes manifests (and rendered Helm or Kustomize output),
docker-compose files, nginx, HAProxy and Caddy configuration, Traefik
dynamic configuration and Docker labels. It reports load balancers that pin
clients to one instance (stickysession), volumes local to one instance where
the code writes files (localvolume), Deployments that can only run one
instance (singlereplica), and grace periods shorter than the code's shutdown
timeout (graceperiod). Paths are files and directories; directories are
walked; "-" reads YAML from standard input, such as the output of
helm template or kustomize build. The Go code under --code (default: the module root) is read for the
paths it writes and its shutdown timeout.

The configuration file (.statecheck.yml) applies as it does to check: the
deployment checks that enable and disable name (--enable and --disable
replace them), severity, and exclude, whose entries for every check leave
files and directories out unread.

Files that do not parse, such as Helm templates, are skipped with a note on
stderr. A "# statecheck:ignore <check> <reason>" comment silences a finding
on its line, or on the next line when it stands on a line of its own.

Exit status: 0 no findings, 1 findings, 2 usage error.`,
		Args: cobra.ArbitraryArgs,
		RunE: func(cmd *cobra.Command, args []string) error {
			return a.deploy(opts, args)
		},
	}
	fs := cmd.Flags()
	fs.StringVar(&opts.config, "config", "", "read the configuration `file` for enable, disable, severity and exclude (default: "+config.FileName+" in the current directory or the nearest parent that has one)")
	fs.StringVar(&opts.format, "format", "text", "output `format`: "+strings.Join(formats, ", "))
	fs.StringSliceVar(&opts.enable, "enable", nil, "run exactly these deployment `checks` (comma-separated)")
	fs.StringSliceVar(&opts.disable, "disable", nil, "do not run these deployment `checks` (comma-separated)")
	fs.StringVar(&opts.code, "code", "", "read the Go code under `dir` (default: for each file, the Go module it is in)")
	fs.Func("path-prefix", "name files in json, sarif and github output relative to the module root, after `prefix` (default: relative to the git repository's top level)", func(s string) error {
		opts.pathPrefix, opts.pathPrefixSet = s, true
		return nil
	})
	return cmd
}

// deploy is the deploy command.
func (a *app) deploy(opts *deployOptions, paths []string) error {
	if !slices.Contains(formats, opts.format) {
		return usagef("--format must be one of %s, not %q", strings.Join(formats, ", "), opts.format)
	}
	sel, err := a.deploySelection(opts)
	if err != nil {
		return err
	}
	if len(paths) == 0 {
		paths = []string{"."}
	}
	for _, p := range paths {
		if p == "-" {
			continue
		}
		if _, err := os.Stat(p); err != nil {
			return usagef("deploy: %v", err)
		}
	}
	res, err := deploy.Run(deploy.Options{Paths: paths, CodeDir: opts.code, Checks: sel.deployChecks, Skip: sel.excludesAll})
	if err != nil {
		return usagef("deploy: %v", err)
	}
	a.deployNotes(res)
	findings := a.reportDeploy(sel, deployFindings(res))
	wd, _ := os.Getwd()
	addFingerprints(findings)
	if err := a.withDeployChecks().write(opts.format, findings, nil, nil, newOutPaths(wd, opts.pathPrefix, opts.pathPrefixSet)); err != nil {
		return err
	}
	if len(findings) > 0 {
		return errFindings
	}
	return nil
}

// deploySelection is the selection of the deploy command: the
// configuration file's deployment checks, severities and exclusions, with
// --enable and --disable in place of the file's enable and disable. An
// enable list in the file that names no deployment check selects none,
// which is an error: it names exactly the checks to run.
func (a *app) deploySelection(opts *deployOptions) (*selection, error) {
	cfg, err := loadConfig(opts.config)
	if err != nil {
		return nil, err
	}
	sel := &selection{deploy: true, severity: map[string]string{}}
	all := append(slices.Clip(a.checks), deployCheckList()...)
	enable, disable := opts.enable, opts.disable
	if cfg != nil {
		if _, err := cfg.Flags(all); err != nil {
			return nil, err
		}
		if enable == nil && cfg.Enable != nil {
			if _, enable = splitDeploy(cfg.Enable); len(enable) == 0 {
				return nil, usagef("enable in %s names no deployment check: name some of %s, or give --enable", cfg.File(), strings.Join(deploy.Names(), ", "))
			}
		}
		if disable == nil {
			_, disable = splitDeploy(cfg.Disable)
		}
		if len(cfg.Exclude) > 0 {
			dir, err := filepath.Abs(filepath.Dir(cfg.File()))
			if err != nil {
				return nil, err
			}
			sel.exclude, sel.excludeDir = cfg.Exclude, dir
		}
	}
	if sel.deployChecks, err = deployChecks(enable, disable); err != nil {
		return nil, err
	}
	for _, c := range all {
		sel.severity[c.Name()] = cmp.Or(cfg.SeverityOf(c), "error")
	}
	return sel, nil
}

// deployChecks selects the deployment checks, as --enable and --disable
// select the code's.
func deployChecks(enable, disable []string) (map[string]bool, error) {
	for _, list := range []struct {
		flag  string
		names []string
	}{{"--enable", enable}, {"--disable", disable}} {
		for _, n := range list.names {
			if _, ok := deploy.Lookup(n); !ok {
				return nil, usagef("%s: unknown deployment check %q; valid names: %s", list.flag, n, strings.Join(deploy.Names(), ", "))
			}
		}
	}
	sel := map[string]bool{}
	for _, n := range deploy.Names() {
		if (enable == nil || slices.Contains(enable, n)) && !slices.Contains(disable, n) {
			sel[n] = true
		}
	}
	if len(sel) == 0 {
		return nil, usagef("--enable and --disable leave no deployment check to run")
	}
	return sel, nil
}

// reportDeploy applies the selection to deployment findings: severities,
// exclusions, and the code's directives check, whose name a malformed
// directive in a deployment file is reported under.
func (a *app) reportDeploy(sel *selection, fs []finding) []finding {
	out := fs[:0]
	for _, f := range fs {
		if f.Analyzer == deploy.DirectivesCheck && a.has(f.Analyzer) && sel.checks != nil && !sel.checks[f.Analyzer] {
			continue
		}
		if sel.excludes(&f) {
			continue
		}
		if s, ok := sel.severity[f.Analyzer]; ok {
			f.Severity = s
		}
		out = append(out, f)
	}
	return out
}

// excludesAll reports whether the configuration excludes the file or
// directory at path for every check.
func (sel *selection) excludesAll(path string) bool {
	abs, err := filepath.Abs(path)
	if err != nil {
		return false
	}
	rel := sel.excludedRel(abs)
	if rel == "" {
		return false
	}
	for _, e := range sel.exclude {
		if len(e.Checks) == 0 && e.Match(rel) {
			return true
		}
	}
	return false
}

// deployNotes prints on stderr why files were skipped.
func (a *app) deployNotes(res *deploy.Result) {
	wd, _ := os.Getwd()
	for _, n := range res.Notes {
		fmt.Fprintf(a.stderr, "statecheck: %s: %s\n", shortPath(wd, absPath(n.File)), n.Msg)
	}
}

// deployFindings converts deployment findings to the check command's,
// with absolute file names as go vet gives them.
func deployFindings(res *deploy.Result) []finding {
	var out []finding
	for _, f := range res.Findings {
		out = append(out, finding{
			Analyzer: f.Check,
			Position: position{File: absPath(f.Pos.File), Line: f.Pos.Line, Column: f.Pos.Col},
			Message:  f.Message,
			URL:      deployURL(f.Check),
			Severity: deploySeverity(f.Check),
			Related:  relatedOf(f.Related),
			// Arrays, never null, as the JSON output documents.
			SuggestedFixes: []suggestedFix{},
		})
	}
	return out
}

// deploySeverity is the severity of a deployment check's findings; a
// malformed directive is an error, as in the code.
func deploySeverity(check string) string {
	if c, ok := deploy.Lookup(check); ok && c.Severity != "" {
		return c.Severity
	}
	return "error"
}

func relatedOf(rs []deploy.Related) []related {
	out := []related{}
	for _, r := range rs {
		p := position{File: absPath(r.Pos.File), Line: r.Pos.Line, Column: r.Pos.Col}
		out = append(out, related{Position: p, Message: r.Message})
	}
	return out
}

func absPath(p string) string {
	if p == deploy.Stdin {
		return p
	}
	if a, err := filepath.Abs(p); err == nil {
		return a
	}
	return p
}

// deployURL is the documentation address of a deployment check.
func deployURL(name string) string {
	if name == deploy.DirectivesCheck {
		return homepage + "#directives"
	}
	return homepage + "#" + name
}

// deployCheckList returns the deployment checks as checks, for explain
// and for the rules of SARIF output. Their analyzers only carry the name,
// documentation and URL: nothing runs them as analyzers.
func deployCheckList() []analyzers.Check {
	var out []analyzers.Check
	for _, c := range deploy.Checks {
		out = append(out, analyzers.Check{
			Analyzer: &analysis.Analyzer{Name: c.Name, Doc: c.Doc, URL: deployURL(c.Name), Run: func(*analysis.Pass) (any, error) { return nil, nil }},
			Title:    c.Title,
			Default:  true,
			Severity: c.Severity,
		})
	}
	return out
}

// withDeployChecks returns the app with the deployment checks added to
// its checks, for writing findings of both kinds.
func (a *app) withDeployChecks() *app {
	b := *a
	b.checks = append(slices.Clip(a.checks), deployCheckList()...)
	if !b.has(deploy.DirectivesCheck) {
		b.checks = append(b.checks, analyzers.Check{
			Analyzer: &analysis.Analyzer{Name: deploy.DirectivesCheck, Doc: "directives: report malformed statecheck directives", URL: deployURL(deploy.DirectivesCheck)},
			Title:    "malformed statecheck directives",
			Default:  true,
			Severity: "error",
		})
	}
	return &b
}

// lookupDeploy finds a deployment check for explain.
func lookupDeploy(name string) (analyzers.Check, bool) {
	for _, c := range deployCheckList() {
		if c.Name() == name {
			return c, true
		}
	}
	return analyzers.Check{}, false
}

// checkDeploy runs the deployment checks over the module tree for check
// --deploy, with the code's findings, and returns the findings of both:
// a deployment finding names the code findings it hides, and a code
// finding of in-process state names the sticky sessions that hide it.
func (a *app) checkDeploy(sel *selection, code []finding) ([]finding, error) {
	wd, _ := os.Getwd()
	root := moduleRoot(wd)
	var cf []deploy.CodeFinding
	for _, f := range code {
		cf = append(cf, deploy.CodeFinding{Check: f.Analyzer, Pos: deploy.Pos{File: f.Position.File, Line: f.Position.Line, Col: f.Position.Column}, Message: f.Message})
	}
	res, err := deploy.Run(deploy.Options{Paths: []string{root}, Code: cf, Checks: sel.deployChecks, Skip: sel.excludesAll})
	if err != nil {
		return nil, err
	}
	a.deployNotes(res)
	dep := a.reportDeploy(sel, deployFindings(res))
	var sticky []related
	for _, d := range dep {
		if d.Analyzer == "stickysession" && len(sticky) < 3 {
			what, _, _ := strings.Cut(d.Message, ": each client is pinned")
			sticky = append(sticky, related{Position: d.Position, Message: "sticky sessions hide this state until its instance stops: " + what})
		}
	}
	for i := range code {
		if deploy.StateCheck(code[i].Analyzer) {
			code[i].Related = append(code[i].Related, sticky...)
		}
	}
	return append(code, dep...), nil
}
