package main

import (
	"flag"
	"reflect"
	"sort"

	"github.com/spf13/cobra"

	"github.com/statecheck/statecheck/analyzers"
	"github.com/statecheck/statecheck/analyzers/directives"
	"github.com/statecheck/statecheck/internal/config"
)

// analyzerFlags exposes each analyzer's own flags on the command line as
// --<analyzer>.<flag> and passes the ones the user set, on the command
// line or in the configuration file, on to the vet tool as
// -<analyzer>.<flag>=<value>, the names unitchecker gives them.
type analyzerFlags struct {
	flags []*analyzerFlag
}

type analyzerFlag struct {
	name  string // <analyzer>.<flag>
	f     *flag.Flag
	state *flagState // shared by the flags of every analyzer that share a value
}

// flagState records who set a flag's value. Some settings are one value
// registered as a flag of several analyzers (the request-path checks
// share handlers, registrars, stateful and accepted): setting one sets
// them all, so they share one flagState.
type flagState struct {
	set     bool // on the command line or by the configuration file
	cmdline bool // on the command line, which wins over the file
}

func newAnalyzerFlags(checks []analyzers.Check) *analyzerFlags {
	type valueKey struct {
		t reflect.Type
		p uintptr
	}
	states := map[valueKey]*flagState{}
	af := &analyzerFlags{}
	for _, c := range checks {
		c.Analyzer.Flags.VisitAll(func(f *flag.Flag) {
			st := &flagState{}
			if v := reflect.ValueOf(f.Value); v.Kind() == reflect.Pointer {
				k := valueKey{v.Type(), v.Pointer()}
				if states[k] == nil {
					states[k] = st
				}
				st = states[k]
			}
			af.flags = append(af.flags, &analyzerFlag{name: c.Name() + "." + f.Name, f: f, state: st})
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
		// The command's own --stats sets this one; it is the vet tool's
		// side of that flag, not a setting.
		pf.Hidden = a.name == directives.Analyzer.Name+".stats"
	}
}

// applyConfig sets the flags a configuration file sets, except those set
// on the command line.
func (af *analyzerFlags) applyConfig(flags []config.Flag) error {
	for _, cf := range flags {
		for _, a := range af.flags {
			if a.name != cf.VetName() || a.state.cmdline {
				continue
			}
			if err := a.f.Value.Set(cf.Value); err != nil {
				return cf.Error(err)
			}
			a.state.set = true
		}
	}
	return nil
}

// vetArgs returns the flags that were set, in the vet tool's spelling; a
// value shared by several analyzers is passed once.
func (af *analyzerFlags) vetArgs() []string {
	var args []string
	done := map[*flagState]bool{}
	for _, a := range af.flags {
		if a.state.set && !done[a.state] {
			done[a.state] = true
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
	v.a.state.set = true
	v.a.state.cmdline = true
	return nil
}

func (v pflagValue) Type() string {
	if bf, ok := v.a.f.Value.(interface{ IsBoolFlag() bool }); ok && bf.IsBoolFlag() {
		return "bool"
	}
	return "value"
}
