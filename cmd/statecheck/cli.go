package main

import (
	"cmp"
	"errors"
	"fmt"
	"io"
	"os"
	"slices"
	"strings"

	"github.com/spf13/cobra"

	"github.com/statecheck/statecheck/analyzers"
)

// Exit codes, part of the command-line interface.
const (
	exitClean    = 0 // no findings
	exitFindings = 1 // findings were reported
	exitError    = 2 // usage error, or packages that do not load or type-check
)

// app is one invocation of the command line.
type app struct {
	checks []analyzers.Check
	stdout io.Writer
	stderr io.Writer
}

func newApp(checks []analyzers.Check) *app {
	return &app{checks: checks, stdout: os.Stdout, stderr: os.Stderr}
}

// usageError is a mistake on the command line: exit 2, with the message.
type usageError struct{ msg string }

func (e *usageError) Error() string { return e.msg }

func usagef(format string, args ...any) error {
	return &usageError{fmt.Sprintf(format, args...)}
}

// errFindings is returned by the check command when it reported findings.
// It is not printed: the findings are the message.
var errFindings = errors.New("findings reported")

// errReported is returned when the error's text has already been printed.
var errReported = errors.New("error reported")

// execute runs the command line args and returns the exit code. Output
// that could not be written is an error whatever the command: a report
// cut short by a full disk or a closed pipe must not pass.
func execute(a *app, args []string) int {
	out := &errWriter{w: a.stdout}
	a.stdout = out
	root := a.rootCmd()
	root.SetArgs(helpArgs(args))
	err := root.Execute()
	if err == nil || errors.Is(err, errFindings) {
		err = cmp.Or(out.err, err)
	}
	switch {
	case err == nil:
		return exitClean
	case errors.Is(err, errFindings):
		return exitFindings
	case errors.Is(err, errReported):
		return exitError
	}
	fmt.Fprintf(a.stderr, "statecheck: %v\n", err)
	var ue *usageError
	if errors.As(err, &ue) {
		fmt.Fprintln(a.stderr, "Run 'statecheck --help' for usage.")
	}
	return exitError
}

// errWriter remembers the first error of writing to w and writes nothing
// after it.
type errWriter struct {
	w   io.Writer
	err error
}

func (e *errWriter) Write(p []byte) (int, error) {
	if e.err != nil {
		return 0, e.err
	}
	n, err := e.w.Write(p)
	e.err = err
	return n, err
}

// helpArgs spells -help, as Go's flag package and go vet's usage message
// ("Run 'statecheck -help' for an overview") do, --help for cobra, which
// would read it as the shorthand flags -h -e -l -p. Arguments after "--"
// are left alone.
func helpArgs(args []string) []string {
	out := slices.Clone(args)
	for i, arg := range out {
		if arg == "--" {
			break
		}
		if arg == "-help" {
			out[i] = "--help"
		}
	}
	return out
}

func (a *app) rootCmd() *cobra.Command {
	var dir string
	opts := &checkOptions{}
	root := &cobra.Command{
		Use:   "statecheck [flags] [packages]",
		Short: "Find client state kept inside one process",
		Long: `statecheck finds Go code for which it is false that any instance can serve
any request and any instance can disappear at any moment: request paths that
keep client state in package variables, long-lived struct fields, local disk,
unjoined goroutines or in-memory session stores.

Without a subcommand it runs the check command. Packages are go command
patterns; the default is ./... . What the code cannot show (an in-house
framework's handlers, accepted caches, the checks to run and their
settings) goes in .statecheck.yml, found in the current directory or the
nearest parent that has one, or named by --config.

Exit status: 0 no findings, 1 findings, 2 usage error, a mistake in the
configuration file, or packages that could not be analyzed (they do not
load or type-check, a pattern matches nothing, or a check failed).`,
		Args:          cobra.ArbitraryArgs,
		SilenceUsage:  true,
		SilenceErrors: true,
		PersistentPreRunE: func(cmd *cobra.Command, args []string) error {
			if dir != "" {
				if err := os.Chdir(dir); err != nil {
					return usagef("-C: %v", err)
				}
			}
			return nil
		},
		RunE: func(cmd *cobra.Command, args []string) error {
			return a.check(opts, args)
		},
	}
	root.SetOut(a.stdout)
	root.SetErr(a.stderr)
	root.SetFlagErrorFunc(func(_ *cobra.Command, err error) error {
		return &usageError{err.Error()}
	})
	root.PersistentFlags().StringVarP(&dir, "chdir", "C", "", "change to `dir` before doing anything")
	a.addCheckFlags(root, opts)
	root.AddCommand(
		a.checkCmd(opts),
		a.fixCmd(),
		a.deployCmd(),
		a.listCmd(),
		a.explainCmd(),
		versionCmd(a),
	)
	root.CompletionOptions.DisableDefaultCmd = true
	return root
}

// exactArgs is cobra.ExactArgs with an error that counts as a usage error.
func exactArgs(n int) cobra.PositionalArgs {
	return func(cmd *cobra.Command, args []string) error {
		if len(args) != n {
			return usagef("%s: want %d argument(s), got %d", cmd.CommandPath(), n, len(args))
		}
		return nil
	}
}

// checkNames lists the valid check names for error messages.
func (a *app) checkNames() string {
	if len(a.checks) == 0 {
		return "(no checks are registered)"
	}
	names := make([]string, len(a.checks))
	for i, c := range a.checks {
		names[i] = c.Name()
	}
	return strings.Join(names, ", ")
}
