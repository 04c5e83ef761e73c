package main

import (
	"fmt"
	"slices"
	"strings"

	"github.com/spf13/cobra"
)

func (a *app) explainCmd() *cobra.Command {
	return &cobra.Command{
		Use:   "explain <check>",
		Short: "Print a check's documentation, with wrong and right examples",
		Args:  exactArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			c, ok := a.lookup(args[0])
			if !ok {
				c, ok = lookupDeploy(args[0])
			}
			if !ok {
				return usagef("explain: unknown check %q; valid names: %s", args[0], checkList(append(slices.Clip(a.checks), deployCheckList()...)))
			}
			fmt.Fprintln(a.stdout, c.Analyzer.Doc)
			sev := severity(c)
			if len(c.Levels) > 0 {
				var parts []string
				for _, l := range c.Levels {
					parts = append(parts, fmt.Sprintf("%s for %s (category %s)", l.Severity, strings.ReplaceAll(l.Findings, "`", ""), l.Category))
				}
				sev += "; " + strings.Join(parts, ", ")
			}
			fmt.Fprintf(a.stdout, "\nDefault: %s. Severity: %s. Fix: %s.\n", onOff(c.Default), sev, fixFor(c))
			if c.Analyzer.URL != "" {
				fmt.Fprintf(a.stdout, "More: %s\n", c.Analyzer.URL)
			}
			return nil
		},
	}
}
