package main

import (
	"fmt"
	"runtime"
	"runtime/debug"
	"strings"

	"golang.org/x/mod/module"

	"github.com/spf13/cobra"
)

func versionCmd(a *app) *cobra.Command {
	return &cobra.Command{
		Use:   "version",
		Short: "Print statecheck's version, commit and Go version",
		Long: `Version prints the module version statecheck was built from, the commit,
and the Go version, as the binary's build information records them; no
linker flags are needed.

go install github.com/statecheck/statecheck/cmd/statecheck@VERSION records
the module version, and for a pseudo-version (@commit, @main) the commit it
names. A build in a git checkout records the commit, its time and whether
the tree was modified, unless it was built with -buildvcs=false; then, and
for a build outside version control, the commit is "unknown" and the line
says why.`,
		Args: exactArgs(0),
		Run: func(cmd *cobra.Command, args []string) {
			bi, _ := debug.ReadBuildInfo()
			fmt.Fprintln(a.stdout, versionLine(bi, runtime.Version()))
		},
	}
}

// version is the module version the binary was built from: a release tag
// for go install …@version, "(devel)" for a build in a checkout.
func version() string {
	if bi, ok := debug.ReadBuildInfo(); ok && bi.Main.Version != "" {
		return bi.Main.Version
	}
	return "(devel)"
}

// versionLine is what the version command prints:
//
//	statecheck v1.2.0 go1.26.0
//	statecheck v0.0.0-20261201100000-0123456789ab (commit 0123456789ab) go1.26.0
//	statecheck (devel) (commit 0123456789abcdef…, 2026-12-01T10:00:00Z, modified) go1.26.0
//	statecheck (devel) (commit unknown: built without version control information, e.g. -buildvcs=false) go1.26.0
//
// A tagged release names no commit: the tag is the name to look it up by.
func versionLine(bi *debug.BuildInfo, goVersion string) string {
	v := "(devel)"
	if bi != nil && bi.Main.Version != "" {
		v = bi.Main.Version
	}
	settings := map[string]string{}
	if bi != nil {
		for _, s := range bi.Settings {
			settings[s.Key] = s.Value
		}
	}
	var commit []string
	switch rev := settings["vcs.revision"]; {
	case rev != "":
		commit = append(commit, "commit "+rev)
		if t := settings["vcs.time"]; t != "" {
			commit = append(commit, t)
		}
		if settings["vcs.modified"] == "true" {
			commit = append(commit, "modified")
		}
	case module.IsPseudoVersion(v):
		if rev, err := module.PseudoVersionRev(v); err == nil {
			commit = append(commit, "commit "+rev)
		}
	case v == "(devel)":
		commit = append(commit, "commit unknown: built without version control information, e.g. -buildvcs=false")
	}
	line := "statecheck " + v
	if len(commit) > 0 {
		line += " (" + strings.Join(commit, ", ") + ")"
	}
	return line + " " + goVersion
}
