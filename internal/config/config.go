// Package config reads statecheck's configuration: what statecheck cannot
// know about a codebase (the handler types and registration functions of
// an in-house framework, in-process stateful types, variables accepted as
// rebuildable caches), which checks run, and each check's own settings.
//
// The statecheck command reads it from a .statecheck.yml file (Load, Find);
// the golangci-lint plugin decodes the same fields from its settings in
// .golangci.yml (their JSON names). Either way it comes down to analyzer
// flags (Config.Flags), so go vet -vettool, nogo and both drivers
// configure the checks the same way.
package config

import (
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"slices"
	"sort"
	"strconv"
	"strings"

	"github.com/statecheck/statecheck/analyzers"
	"github.com/statecheck/statecheck/internal/config/qualified"
)

// FileName is the name of the configuration file the statecheck command
// looks for in the working directory and its parents.
const FileName = ".statecheck.yml"

// Config is one configuration. The zero Config changes nothing.
type Config struct {
	// Enable, when not nil, names exactly the checks to run, including
	// checks that are off by default.
	Enable []string `json:"enable,omitempty"`
	// Disable names checks not to run.
	Disable []string `json:"disable,omitempty"`
	// Handlers are types (pkg/path.Type) whose presence as a function's
	// first parameter makes the function a request handler.
	Handlers []string `json:"handlers,omitempty"`
	// Registrars are functions and methods (pkg/path.Func,
	// pkg/path.Type.Method) whose function arguments are request handlers.
	Registrars []string `json:"registrars,omitempty"`
	// Stateful are in-process stateful types or methods (pkg/path.Type,
	// pkg/path.Type.Method) whose calls write state.
	Stateful []string `json:"stateful,omitempty"`
	// Accepted are variables and fields accepted as rebuildable caches.
	Accepted []Accepted `json:"accepted,omitempty"`
	// Deploy asks the statecheck command to check the deployment files
	// under the module root too, as check --deploy does.
	Deploy bool `json:"deploy,omitempty"`
	// Settings are each check's own flags: check name → flag name → value.
	Settings map[string]map[string]Value `json:"settings,omitempty"`
	// Severity overrides checks' default severities: check name → one of
	// analyzers.Severities. The statecheck command reads it; golangci-lint
	// has its own severity rules, so its settings do not take it.
	Severity map[string]string `json:"-"`
	// Exclude are paths whose findings are not reported, by every check or
	// by the checks named. The statecheck command reads it; golangci-lint
	// has its own exclusions.
	Exclude []Exclude `json:"-"`

	// file is the file the configuration was read from, "" for settings
	// decoded from JSON.
	file string
	// pos holds the position of each value read from a file, keyed by its
	// path ("handlers[1]", "settings.jwtclaims.maxlifetime").
	pos map[string]pos
}

// Accepted is a variable (pkg/path.Var) or struct field
// (pkg/path.Type.Field) whose writes are not client state, with the reason.
type Accepted struct {
	Name   string `json:"name"`
	Reason string `json:"reason"`
}

// Value is the value of a check's flag: a string, a number, a boolean, or
// a list of them, which becomes a comma-separated flag value.
type Value string

// UnmarshalJSON accepts a string, number or boolean, or an array of them.
func (v *Value) UnmarshalJSON(data []byte) error {
	var x any
	dec := json.NewDecoder(strings.NewReader(string(data)))
	dec.UseNumber()
	if err := dec.Decode(&x); err != nil {
		return err
	}
	s, err := jsonScalar(x)
	if err == nil {
		*v = Value(s)
		return nil
	}
	list, ok := x.([]any)
	if !ok {
		return err
	}
	items := make([]string, len(list))
	for i, it := range list {
		if items[i], err = jsonScalar(it); err != nil {
			return fmt.Errorf("list item %d: %v", i, err)
		}
	}
	*v = Value(strings.Join(items, ","))
	return nil
}

func jsonScalar(x any) (string, error) {
	switch x := x.(type) {
	case string:
		return x, nil
	case json.Number:
		return x.String(), nil
	case bool:
		return strconv.FormatBool(x), nil
	case nil:
		return "", errors.New("a setting needs a value")
	}
	return "", errors.New("a setting's value must be a string, number, boolean or a list of them")
}

// pos is a place in the configuration file.
type pos struct{ line, col int }

// Error is a mistake in a configuration, at a place in its file when it
// was read from one.
type Error struct {
	File      string // "" for settings decoded from JSON
	Line, Col int    // 0 when unknown
	Msg       string
}

func (e *Error) Error() string {
	switch {
	case e.File != "" && e.Line > 0 && e.Col > 0:
		return fmt.Sprintf("%s:%d:%d: %s", e.File, e.Line, e.Col, e.Msg)
	case e.File != "" && e.Line > 0:
		return fmt.Sprintf("%s:%d: %s", e.File, e.Line, e.Msg)
	case e.File != "":
		return e.File + ": " + e.Msg
	}
	return e.Msg
}

// File is the file the configuration was read from, "" for settings
// decoded from JSON.
func (c *Config) File() string { return c.file }

// ErrorAt returns an Error at the value whose path is key ("disable",
// "enable[1]"), for a mistake that only the driver can see: one that
// depends on its command line, such as what is left to run once the
// deployment checks, which the driver adds, are counted.
func (c *Config) ErrorAt(key, format string, args ...any) error {
	return c.errorf(key, format, args...)
}

// errorf returns an Error at the value whose path is key.
func (c *Config) errorf(key, format string, args ...any) error {
	p := c.pos[key]
	return &Error{File: c.file, Line: p.line, Col: p.col, Msg: fmt.Sprintf(format, args...)}
}

// Flag is one analyzer flag a configuration sets.
type Flag struct {
	Analyzer string // the analyzer's name
	Name     string // the flag's name in the analyzer's Flags
	Value    string
	err      func(error) error
}

// VetName is the flag's name as go vet spells it: <analyzer>.<flag>.
func (s Flag) VetName() string { return s.Analyzer + "." + s.Name }

// Error turns an error from setting the flag into one that says where the
// value came from.
func (s Flag) Error(err error) error {
	if s.err == nil {
		return err
	}
	return s.err(err)
}

// Shared are the settings that the checks following request paths share:
// each is a flag of every such check, and setting one sets them all. They
// are set at the top level of a configuration, never per check.
var Shared = []string{"handlers", "registrars", "stateful", "accepted"}

// Flags checks the configuration against the checks and returns the
// analyzer flags it sets, in a stable order. A shared setting is returned
// for every check that has the flag.
func (c *Config) Flags(checks []analyzers.Check) ([]Flag, error) {
	if err := c.checkNames(checks); err != nil {
		return nil, err
	}
	if err := c.checkSeverity(checks); err != nil {
		return nil, err
	}
	if err := c.checkExclude(checks); err != nil {
		return nil, err
	}
	var out []Flag
	shared := []struct {
		key   string
		names []string
	}{
		{"handlers", c.Handlers},
		{"registrars", c.Registrars},
		{"stateful", c.Stateful},
		{"accepted", nil},
	}
	for i, a := range c.Accepted {
		key := fmt.Sprintf("accepted[%d]", i)
		if strings.TrimSpace(a.Reason) == "" {
			return nil, c.errorf(key, "accepted: %s has no reason: say why the value can be rebuilt", quoteName(a.Name))
		}
		shared[3].names = append(shared[3].names, a.Name)
	}
	for _, sh := range shared {
		if sh.names == nil {
			continue
		}
		for i, n := range sh.names {
			key := fmt.Sprintf("%s[%d]", sh.key, i)
			if sh.key == "accepted" {
				key = fmt.Sprintf("accepted[%d].name", i)
			}
			if err := qualified.Check(n); err != nil {
				return nil, c.errorf(key, "%s: %v", sh.key, err)
			}
		}
		value := strings.Join(sh.names, ",")
		found := false
		for _, ch := range checks {
			if ch.Analyzer.Flags.Lookup(sh.key) != nil {
				found = true
				key := sh.key
				out = append(out, Flag{Analyzer: ch.Name(), Name: sh.key, Value: value, err: func(err error) error {
					return c.errorf(key+"[0]", "%s: %v", key, err)
				}})
			}
		}
		if !found && len(sh.names) > 0 {
			return nil, c.errorf(sh.key+"[0]", "%s: no check has this setting", sh.key)
		}
	}
	names := make([]string, 0, len(c.Settings))
	for n := range c.Settings {
		names = append(names, n)
	}
	sort.Strings(names)
	for _, name := range names {
		ch, ok := lookup(checks, name)
		if !ok {
			return nil, c.errorf("settings."+name, "settings: unknown check %q; valid names: %s", name, checkNames(checks))
		}
		flags := c.Settings[name]
		fnames := make([]string, 0, len(flags))
		for f := range flags {
			fnames = append(fnames, f)
		}
		sort.Strings(fnames)
		for _, f := range fnames {
			key := "settings." + name + "." + f
			if slices.Contains(Shared, f) {
				return nil, c.errorf(key, "settings.%s: %s is shared by every check; set it at the top level", name, f)
			}
			if ch.Analyzer.Flags.Lookup(f) == nil {
				return nil, c.errorf(key, "settings.%s: unknown setting %q; %s", name, f, flagNames(ch))
			}
			value := string(flags[f])
			out = append(out, Flag{Analyzer: name, Name: f, Value: value, err: func(err error) error {
				return c.errorf(key, "%s: invalid value %q: %v", key, value, err)
			}})
		}
	}
	return out, nil
}

// checkNames checks the names of enable and disable.
func (c *Config) checkNames(checks []analyzers.Check) error {
	for _, list := range []struct {
		key   string
		names []string
	}{{"enable", c.Enable}, {"disable", c.Disable}} {
		for i, n := range list.names {
			if _, ok := lookup(checks, n); !ok {
				return c.errorf(fmt.Sprintf("%s[%d]", list.key, i), "%s: unknown check %q; valid names: %s", list.key, n, checkNames(checks))
			}
		}
	}
	if c.Enable != nil && len(c.Enable) == 0 {
		return c.errorf("enable", "enable: no check named; valid names: %s", checkNames(checks))
	}
	if len(selected(checks, c.Enable, c.Disable)) == 0 {
		// A run that analyzes nothing finds nothing: a CI job would pass
		// whatever the code does.
		return c.errorf("disable", "disable: removes %s; nothing would be analyzed", NoneSelected(c.Enable, "enable"))
	}
	return nil
}

// NoneSelected completes the message for a disable list that leaves no
// check to run: "every check <enableName> names", or "every check that is
// on by default" when there is no enable list.
func NoneSelected(enable []string, enableName string) string {
	if enable == nil {
		return "every check that is on by default"
	}
	return "every check " + enableName + " names"
}

// selected returns the checks that enable and disable select.
func selected(checks []analyzers.Check, enable, disable []string) []analyzers.Check {
	var out []analyzers.Check
	for _, ch := range checks {
		on := ch.Default
		if enable != nil {
			on = slices.Contains(enable, ch.Name())
		}
		if on && !slices.Contains(disable, ch.Name()) {
			out = append(out, ch)
		}
	}
	return out
}

// Selected returns the checks to run: those named by enable, or else every
// check on by default, less those named by disable. It checks the names,
// and that at least one check is left.
func Selected(checks []analyzers.Check, enable, disable []string) ([]analyzers.Check, error) {
	c := &Config{Enable: enable, Disable: disable}
	if err := c.checkNames(checks); err != nil {
		return nil, err
	}
	return selected(checks, enable, disable), nil
}

// Apply sets the analyzers' flags to the configuration's settings, for a
// driver that runs the analyzers in its own process (the golangci-lint
// plugin).
func (c *Config) Apply(checks []analyzers.Check) error {
	flags, err := c.Flags(checks)
	if err != nil {
		return err
	}
	for _, s := range flags {
		ch, _ := lookup(checks, s.Analyzer)
		if err := ch.Analyzer.Flags.Set(s.Name, s.Value); err != nil {
			return s.Error(err)
		}
	}
	return nil
}

func quoteName(n string) string {
	if n == "" {
		return "an entry"
	}
	return n
}

func lookup(checks []analyzers.Check, name string) (analyzers.Check, bool) {
	for _, c := range checks {
		if c.Name() == name {
			return c, true
		}
	}
	return analyzers.Check{}, false
}

func checkNames(checks []analyzers.Check) string {
	if len(checks) == 0 {
		return "(no checks are registered)"
	}
	names := make([]string, len(checks))
	for i, c := range checks {
		names[i] = c.Name()
	}
	return strings.Join(names, ", ")
}

// flagNames lists a check's own settings for an error message.
func flagNames(c analyzers.Check) string {
	var names []string
	c.Analyzer.Flags.VisitAll(func(f *flag.Flag) {
		if !slices.Contains(Shared, f.Name) {
			names = append(names, f.Name)
		}
	})
	if len(names) == 0 {
		return c.Name() + " has no settings of its own"
	}
	return "known: " + strings.Join(names, ", ")
}
