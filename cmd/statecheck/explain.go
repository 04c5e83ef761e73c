package main

import (
	"fmt"
	"slices"

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
			fmt.Fprintf(a.stdout, "\nDefault: %s. Severity: %s. Fix: %s.\n", onOff(c.Default), severity(c), fixFor(c))
			if c.Analyzer.URL != "" {
				fmt.Fprintf(a.stdout, "More: %s\n", c.Analyzer.URL)
			}
			return nil
		},
	}
}
