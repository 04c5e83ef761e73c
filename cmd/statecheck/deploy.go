package main

import (
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"

	"github.com/spf13/cobra"
	"golang.org/x/tools/go/analysis"

	"github.com/statecheck/statecheck/analyzers"
	"github.com/statecheck/statecheck/internal/deploy"
)

// deployOptions are the flags of the deploy command.
type deployOptions struct {
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
	checks, err := deployChecks(opts.enable, opts.disable)
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
	res, err := deploy.Run(deploy.Options{Paths: paths, CodeDir: opts.code, Checks: checks})
	if err != nil {
		return usagef("deploy: %v", err)
	}
	a.deployNotes(res)
	findings := deployFindings(res)
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
func (a *app) checkDeploy(code []finding) ([]finding, error) {
	wd, _ := os.Getwd()
	root := moduleRoot(wd)
	var cf []deploy.CodeFinding
	for _, f := range code {
		cf = append(cf, deploy.CodeFinding{Check: f.Analyzer, Pos: deploy.Pos{File: f.Position.File, Line: f.Position.Line, Col: f.Position.Column}, Message: f.Message})
	}
	res, err := deploy.Run(deploy.Options{Paths: []string{root}, Code: cf})
	if err != nil {
		return nil, err
	}
	a.deployNotes(res)
	dep := deployFindings(res)
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
