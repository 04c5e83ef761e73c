package main

import (
	"flag"
	"sort"

	"github.com/spf13/cobra"

	"github.com/statecheck/statecheck/analyzers"
)

// analyzerFlags exposes each analyzer's own flags on the command line as
// --<analyzer>.<flag> and passes the ones the user set on to the vet tool
// as -<analyzer>.<flag>=<value>, the names unitchecker gives them.
type analyzerFlags struct {
	flags []*analyzerFlag
}

type analyzerFlag struct {
	name string // <analyzer>.<flag>
	f    *flag.Flag
	set  bool
}

func newAnalyzerFlags(checks []analyzers.Check) *analyzerFlags {
	af := &analyzerFlags{}
	for _, c := range checks {
		c.Analyzer.Flags.VisitAll(func(f *flag.Flag) {
			af.flags = append(af.flags, &analyzerFlag{name: c.Name() + "." + f.Name, f: f})
		})
	}
	return af
}

// addTo declares the flags on cmd.
func (af *analyzerFlags) addTo(cmd *cobra.Command) {
	for _, a := range af.flags {
		pf := cmd.Flags().VarPF(pflagValue{a}, a.name, "", a.f.Usage)
		if bf, ok := a.f.Value.(interface{ IsBoolFlag() bool }); ok && bf.IsBoolFlag() {
			pf.NoOptDefVal = "true"
		}
	}
}

// vetArgs returns the flags the user set, in the vet tool's spelling.
func (af *analyzerFlags) vetArgs() []string {
	var args []string
	for _, a := range af.flags {
		if a.set {
			args = append(args, "-"+a.name+"="+a.f.Value.String())
		}
	}
	sort.Strings(args)
	return args
}

// pflagValue adapts a standard library flag.Value to cobra's flag package
// (pflag.Value) and records that the user set it.
type pflagValue struct{ a *analyzerFlag }

func (v pflagValue) String() string { return v.a.f.Value.String() }

func (v pflagValue) Set(s string) error {
	if err := v.a.f.Value.Set(s); err != nil {
		return err
	}
	v.a.set = true
	return nil
}

func (v pflagValue) Type() string {
	if bf, ok := v.a.f.Value.(interface{ IsBoolFlag() bool }); ok && bf.IsBoolFlag() {
		return "bool"
	}
	return "value"
}
