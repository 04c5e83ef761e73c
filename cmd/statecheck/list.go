package main

import (
	"fmt"
	"io"
	"strings"
	"text/tabwriter"

	"github.com/spf13/cobra"

	"github.com/statecheck/statecheck/analyzers"
)

func (a *app) listCmd() *cobra.Command {
	var format string
	cmd := &cobra.Command{
		Use:   "list",
		Short: "List every check: name, on by default, severity, has a fix, title",
		Long: `List every check: its name, whether it runs by default, the severity of its
findings (error, warning or note; .statecheck.yml can change it), whether it
offers a fix, and its title. The findings a check reports at another level
than its own follow the table, with the category that tells them apart. The
deployment checks, which statecheck deploy
and statecheck check --deploy run on deployment files, follow in a table of
their own. --format markdown prints the table of checks in
the README, which says which findings have a fix.`,
		Args: exactArgs(0),
		RunE: func(cmd *cobra.Command, args []string) error {
			switch format {
			case "text":
				if err := listText(a.stdout, a.checks); err != nil {
					return err
				}
				if err := listLevels(a.stdout, a.checks); err != nil {
					return err
				}
				// The deployment checks run on other files, and only in
				// statecheck deploy and check --deploy: a table apart.
				fmt.Fprintln(a.stdout, "\nDeployment checks (statecheck deploy, statecheck check --deploy):")
				return listText(a.stdout, deployCheckList())
			case "markdown":
				return listMarkdown(a.stdout, a.checks)
			}
			return usagef("--format must be text or markdown, not %q", format)
		},
	}
	cmd.Flags().StringVar(&format, "format", "text", "output `format`: text or markdown")
	return cmd
}

func onOff(b bool) string {
	if b {
		return "on"
	}
	return "off"
}

func yesNo(b bool) string {
	if b {
		return "yes"
	}
	return "no"
}

func listText(w io.Writer, checks []analyzers.Check) error {
	tw := tabwriter.NewWriter(w, 0, 4, 2, ' ', 0)
	fmt.Fprintln(tw, "NAME\tDEFAULT\tSEVERITY\tFIX\tTITLE")
	for _, c := range checks {
		fmt.Fprintf(tw, "%s\t%s\t%s\t%s\t%s\n", c.Name(), onOff(c.Default), severity(c), yesNo(c.Fix), c.Title)
	}
	return tw.Flush()
}

// listMarkdown prints the README's table of checks. readme_test.go keeps
// the README equal to it.
func listMarkdown(w io.Writer, checks []analyzers.Check) error {
	_, err := io.WriteString(w, markdownTable(checks))
	return err
}

func markdownTable(checks []analyzers.Check) string {
	s := "| Check | Default | Severity | Title | Fix |\n| --- | --- | --- | --- | --- |\n"
	for _, c := range checks {
		sev := severity(c)
		if len(c.Levels) > 0 {
			sev += " (" + levelsText(c) + ")"
		}
		s += fmt.Sprintf("| [`%s`](#%s) | %s | %s | %s | %s |\n", c.Name(), c.Name(), onOff(c.Default), sev, c.Title, fixFor(c))
	}
	return s
}

// severity is the check's default severity.
func severity(c analyzers.Check) string {
	if c.Severity == "" {
		return "error"
	}
	return c.Severity
}

// listLevels prints the findings that checks report at another level
// than their own, after the table; nothing when there are none.
func listLevels(w io.Writer, checks []analyzers.Check) error {
	some := false
	for _, c := range checks {
		some = some || len(c.Levels) > 0
	}
	if !some {
		return nil
	}
	fmt.Fprintln(w, "\nFindings at another severity than their check's:")
	tw := tabwriter.NewWriter(w, 0, 4, 2, ' ', 0)
	fmt.Fprintln(tw, "CHECK\tSEVERITY\tCATEGORY\tFINDINGS")
	for _, c := range checks {
		for _, l := range c.Levels {
			fmt.Fprintf(tw, "%s\t%s\t%s\t%s\n", c.Name(), l.Severity, l.Category, strings.ReplaceAll(l.Findings, "`", ""))
		}
	}
	return tw.Flush()
}

// levelsText says which findings of c have another severity than c's,
// "warning: a lifetime over `-maxlifetime` by at most twice it; warning:
// the `-strict` rules", for the README's table and explain.
func levelsText(c analyzers.Check) string {
	var parts []string
	for _, l := range c.Levels {
		parts = append(parts, l.Severity+": "+l.Findings)
	}
	return strings.Join(parts, "; ")
}

// fixFor says which of the check's findings have a fix.
func fixFor(c analyzers.Check) string {
	switch {
	case !c.Fix:
		return "none"
	case c.FixFor == "":
		return "yes"
	}
	return c.FixFor
}
