package main

// The fix command's engine is go fix: it runs
//
//	go fix -fixtool=<this executable> [-diff] -<check>... [analyzer flags] [packages]
//
// and the fix tool side of this same binary (vettool.go; the protocol is
// the vet tool's) applies the first suggested fix of each finding of the
// named checks. The go command merges the fixes of all packages, rejects
// inconsistent edits to a file, formats the files it changes, and never
// edits generated files or packages outside the main module.

import (
	"bufio"
	"bytes"
	"errors"
	"fmt"
	"io"
	"os"
	"os/exec"
	"strings"

	"github.com/spf13/cobra"
)

// fixOptions are the flags of the fix command.
type fixOptions struct {
	commonOptions
	diff bool
}

func (a *app) fixCmd() *cobra.Command {
	opts := &fixOptions{}
	cmd := &cobra.Command{
		Use:   "fix [flags] [packages]",
		Short: "Apply the checks' suggested fixes to packages (default ./...)",
		Long: `Fix applies the first suggested fix of every finding of the selected checks
that offer fixes ('statecheck list' shows which), in _test.go files too, and
formats the files it changes. With --diff it prints the fixes as a unified
diff, with paths relative to the module root, and changes nothing.

It reads the same configuration file and takes the same --enable, --disable
and check flags as the check command. Running it again changes nothing.

Exit status: 0 fixes applied or nothing to fix (with --diff: no diff),
1 with --diff: there is a diff, 2 usage error or packages that could not be
analyzed.`,
		Args: cobra.ArbitraryArgs,
		RunE: func(cmd *cobra.Command, args []string) error {
			return a.fix(opts, args)
		},
	}
	cmd.Flags().BoolVar(&opts.diff, "diff", false, "print the fixes as a unified diff instead of applying them")
	a.addCommonFlags(cmd, &opts.commonOptions)
	return cmd
}

func (a *app) fix(opts *fixOptions, patterns []string) error {
	sel, err := a.selection(&opts.commonOptions)
	if err != nil {
		return err
	}
	var fixers []string
	for _, c := range a.checks {
		if c.Fix && sel.checks[c.Name()] {
			fixers = append(fixers, "-"+c.Name())
		}
	}
	if len(fixers) == 0 {
		fmt.Fprintln(a.stderr, "statecheck: none of the selected checks offers fixes")
		return nil
	}
	if len(patterns) == 0 {
		patterns = []string{"./..."}
	}
	self, err := os.Executable()
	if err != nil {
		return fmt.Errorf("cannot find the statecheck executable to hand to go fix: %v", err)
	}
	goCmd, err := exec.LookPath("go")
	if err != nil {
		return fmt.Errorf("cannot find the go command to run go fix: %v", err)
	}
	args := []string{"fix", "-fixtool=" + self}
	if opts.diff {
		args = append(args, "-diff")
	}
	args = append(args, fixers...)
	args = append(args, sel.vetFlags...)
	args = append(args, patterns...)
	cmd := exec.Command(goCmd, args...)
	var stdout, stderr bytes.Buffer
	cmd.Stdout = &stdout
	cmd.Stderr = io.MultiWriter(a.stderr, &stderr)
	runErr := cmd.Run()
	var exitErr *exec.ExitError
	if runErr != nil && !errors.As(runErr, &exitErr) {
		return fmt.Errorf("running go fix: %v", runErr)
	}

	hasDiff := stdout.Len() > 0
	if hasDiff {
		wd, _ := os.Getwd()
		if err := writeDiff(a.stdout, &stdout, moduleRoot(wd)); err != nil {
			return err
		}
	}
	failed := runErr != nil && (!opts.diff || !hasDiff || hasErrors(stderr.String()))
	switch {
	case failed && len(parseGoStderr(stderr.String()).noMatch) > 0:
		for _, p := range parseGoStderr(stderr.String()).noMatch {
			fmt.Fprintf(a.stderr, "statecheck: package pattern %q matched no packages\n", p)
		}
		return errReported
	case failed:
		if stderr.Len() == 0 {
			fmt.Fprintf(a.stderr, "statecheck: go fix failed: %v\n", runErr)
		}
		fmt.Fprintln(a.stderr, "statecheck: the packages could not be fixed; see the go command's errors above")
		return errReported
	case hasDiff:
		return errFindings
	}
	return nil
}

// hasErrors reports whether the go command's stderr holds more than the
// fix tool's notes about alternative fixes it did not choose.
func hasErrors(stderr string) bool {
	for line := range strings.SplitSeq(stderr, "\n") {
		if line != "" && !strings.Contains(line, "ignoring alternative fix") {
			return true
		}
	}
	return false
}

// writeDiff copies the unified diff that go fix -diff prints, naming the
// files relative to the module root as a/<file> and b/<file>, so that
// 'git apply' or 'patch -p1' in the module root applies it.
func writeDiff(w io.Writer, diff io.Reader, root string) error {
	sc := bufio.NewScanner(diff)
	sc.Buffer(make([]byte, 0, 64*1024), 64*1024*1024)
	bw := bufio.NewWriter(w)
	for sc.Scan() {
		line := sc.Text()
		for _, h := range []struct{ prefix, suffix, side string }{
			{"--- ", " (old)", "a/"},
			{"+++ ", " (new)", "b/"},
		} {
			if rest, ok := strings.CutPrefix(line, h.prefix); ok {
				if file, ok := strings.CutSuffix(rest, h.suffix); ok {
					if rel := rootPath(root, file); !strings.HasPrefix(rel, "/") && !strings.Contains(rel, ":") {
						line = h.prefix + h.side + rel
					} else {
						line = h.prefix + rel
					}
				}
			}
		}
		bw.WriteString(line)
		bw.WriteByte('\n')
	}
	if err := sc.Err(); err != nil {
		return err
	}
	return bw.Flush()
}
