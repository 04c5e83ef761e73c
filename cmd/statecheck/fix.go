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
	"io/fs"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"time"

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
	if len(sel.exclude) > 0 {
		// Packages in excluded directories are not fixed; go fix cannot
		// leave out single files.
		if pkgs, ok := listPackages(patterns, opts.tags); ok {
			if kept, n := sel.excludePackages(pkgs); n > 0 {
				if len(kept) == 0 {
					return nil
				}
				patterns = nil
				for _, p := range kept {
					patterns = append(patterns, p.path)
				}
			}
		}
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
	wd, _ := os.Getwd()
	root := moduleRoot(wd)
	var before map[string]fileStamp
	if !opts.diff {
		// go fix writes every file it can and reports the others; the
		// stamps tell which ones it wrote.
		before = stampGoFiles(root)
	}
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
		if err := writeDiff(a.stdout, &stdout, root); err != nil {
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
		var changed []string
		if !opts.diff {
			changed = changedGoFiles(root, before)
		}
		for _, f := range changed {
			fmt.Fprintf(a.stderr, "statecheck: fixed %s\n", shortPath(wd, f))
		}
		for _, nw := range unwrittenFiles(stderr.String()) {
			fmt.Fprintf(a.stderr, "statecheck: not fixed %s: %s\n", shortPath(wd, nw.file), nw.reason)
		}
		if len(changed) > 0 {
			fmt.Fprintf(a.stderr, "statecheck: the packages were fixed only in part (%s changed); see the go command's errors above\n", plural(len(changed), "file"))
		} else {
			fmt.Fprintln(a.stderr, "statecheck: the packages could not be fixed; see the go command's errors above")
		}
		return errReported
	case hasDiff:
		return errFindings
	}
	if opts.diff || len(changedGoFiles(root, before)) == 0 {
		return a.explainNothingFixed(sel, patterns)
	}
	return nil
}

// explainNothingFixed says, when fix found nothing to change, whether
// that is because there are no findings or because the findings have no
// fix: a user who ran fix on a failing check should not be left to wonder
// whether it worked.
func (a *app) explainNothingFixed(sel *selection, patterns []string) error {
	res, err := vet(vetRequest{patterns: patterns, flags: sel.vetFlags, stderr: io.Discard})
	if err != nil || res.failed {
		return nil // go fix succeeded on the same packages; say nothing rather than guess
	}
	byCheck := map[string]int{}
	n := 0
	for _, f := range res.findings {
		if sel.checks[f.Analyzer] && !sel.excludes(&f) {
			byCheck[f.Analyzer]++
			n++
		}
	}
	if n == 0 {
		return nil
	}
	var counts []string
	for _, c := range a.checks {
		if k := byCheck[c.Name()]; k > 0 {
			counts = append(counts, fmt.Sprintf("%s %d", c.Name(), k))
		}
	}
	fmt.Fprintf(a.stderr, "statecheck: nothing to fix: %s (%s) %s no suggested fix; 'statecheck check' lists them, 'statecheck list' says which findings have a fix\n",
		plural(n, "finding"), strings.Join(counts, ", "), map[bool]string{true: "has", false: "have"}[n == 1])
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

// fileStamp is what tells that a file was written.
type fileStamp struct {
	size    int64
	modTime time.Time
}

// stampGoFiles records the size and modification time of every Go file
// under root, in the directories the go command would look at.
func stampGoFiles(root string) map[string]fileStamp {
	stamps := map[string]fileStamp{}
	filepath.WalkDir(root, func(path string, d fs.DirEntry, err error) error {
		if err != nil {
			return nil
		}
		name := d.Name()
		if d.IsDir() {
			if path != root && (name == "vendor" || name == "testdata" || strings.HasPrefix(name, ".") || strings.HasPrefix(name, "_")) {
				return filepath.SkipDir
			}
			return nil
		}
		if strings.HasSuffix(name, ".go") {
			if fi, err := d.Info(); err == nil {
				stamps[path] = fileStamp{fi.Size(), fi.ModTime()}
			}
		}
		return nil
	})
	return stamps
}

// changedGoFiles returns, sorted, the Go files under root whose stamp
// differs from before.
func changedGoFiles(root string, before map[string]fileStamp) []string {
	var changed []string
	for path, st := range stampGoFiles(root) {
		if old, ok := before[path]; !ok || old.size != st.size || !old.modTime.Equal(st.modTime) {
			changed = append(changed, path)
		}
	}
	slices.Sort(changed)
	return changed
}

// unwritten is a file whose fixes go fix could not write, and why.
type unwritten struct{ file, reason string }

// applyError is the go command's line for a fixed file it could not
// write: the *fs.PathError of writing it, after "applying fix: ".
var applyError = regexp.MustCompile(`^(?:go: )?applying fix: (?:open|write|close) (.+\.go): (.+)$`)

// unwrittenFiles returns the files the go command's stderr says it could
// not write.
func unwrittenFiles(stderr string) []unwritten {
	var out []unwritten
	for line := range strings.SplitSeq(stderr, "\n") {
		if m := applyError.FindStringSubmatch(line); m != nil {
			out = append(out, unwritten{m[1], m[2]})
		}
	}
	slices.SortFunc(out, func(a, b unwritten) int { return strings.Compare(a.file, b.file) })
	return out
}
