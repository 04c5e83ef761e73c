package main

import (
	"bufio"
	"bytes"
	"fmt"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
)

// gitTopLevel returns the top directory of the git work tree holding
// dir, or "" when dir is in none or git is not installed.
func gitTopLevel(dir string) string {
	cmd := exec.Command("git", "rev-parse", "--show-toplevel")
	cmd.Dir = dir
	out, err := cmd.Output()
	if err != nil {
		return ""
	}
	top := strings.TrimSpace(string(out))
	if top == "" || !filepath.IsAbs(top) {
		return ""
	}
	// The working directory may be reached through a symbolic link that
	// git resolved; name the top level the way dir does.
	if rel, err := filepath.Rel(evalSymlinks(top), evalSymlinks(dir)); err == nil && !strings.HasPrefix(rel, "..") {
		return filepath.Clean(strings.TrimSuffix(filepath.Clean(dir), string(filepath.Separator)+rel))
	}
	return top
}

func evalSymlinks(p string) string {
	if r, err := filepath.EvalSymlinks(p); err == nil {
		return r
	}
	return p
}

// changedLines are the lines added or changed since a revision, by
// absolute file name; a file git does not track is new in every line.
type changedLines struct {
	lines map[string]map[int]bool
	whole map[string]bool
}

// has reports whether line of file is new since the revision.
func (c *changedLines) has(file string, line int) bool {
	return c.whole[file] || c.lines[file][line]
}

// newSince reports whether a finding is new since the revision: its
// position or one of its related places (the write at the end of a call
// chain, the handler that reaches it) is on a changed line.
func (c *changedLines) newSince(f *finding) bool {
	if c.has(f.Position.File, f.Position.Line) {
		return true
	}
	for _, r := range f.Related {
		if c.has(r.Position.File, r.Position.Line) {
			return true
		}
	}
	return false
}

// gitChanges returns the lines of the work tree at dir that differ from
// revision rev, as 'git diff rev' sees them (committed, staged and
// unstaged changes), and the files git does not track, as
// golangci-lint's --new-from-rev does.
func gitChanges(dir, rev string) (*changedLines, error) {
	top := gitTopLevel(dir)
	if top == "" {
		return nil, usagef("--new-from-rev: %s is not in a git work tree", dir)
	}
	git := func(args ...string) ([]byte, error) {
		cmd := exec.Command("git", append([]string{"-c", "core.quotePath=false"}, args...)...)
		cmd.Dir = top
		var stderr bytes.Buffer
		cmd.Stderr = &stderr
		out, err := cmd.Output()
		if err != nil {
			msg := strings.TrimSpace(stderr.String())
			if msg == "" {
				msg = err.Error()
			}
			return nil, usagef("--new-from-rev %s: git %s: %s", rev, args[0], firstLine(msg))
		}
		return out, nil
	}
	if _, err := git("rev-parse", "--verify", "--quiet", "--end-of-options", rev+"^{commit}"); err != nil {
		return nil, usagef("--new-from-rev: %q is not a revision of the repository at %s", rev, top)
	}
	diff, err := git("diff", "--no-color", "--no-ext-diff", "--no-renames", "-U0", "--src-prefix=a/", "--dst-prefix=b/", rev, "--")
	if err != nil {
		return nil, err
	}
	c := &changedLines{lines: map[string]map[int]bool{}, whole: map[string]bool{}}
	if err := c.parseDiff(top, diff); err != nil {
		return nil, fmt.Errorf("--new-from-rev: reading git diff: %v", err)
	}
	untracked, err := git("ls-files", "--others", "--exclude-standard", "-z")
	if err != nil {
		return nil, err
	}
	for _, name := range strings.Split(string(untracked), "\x00") {
		if name != "" {
			c.whole[filepath.Join(top, filepath.FromSlash(name))] = true
		}
	}
	return c, nil
}

func firstLine(s string) string {
	line, _, _ := strings.Cut(s, "\n")
	return line
}

// parseDiff reads a unified diff with no context lines and records the
// lines it adds to each file, named relative to top.
func (c *changedLines) parseDiff(top string, diff []byte) error {
	sc := bufio.NewScanner(bytes.NewReader(diff))
	sc.Buffer(make([]byte, 0, 64*1024), 64*1024*1024)
	var file string
	for sc.Scan() {
		line := sc.Text()
		switch {
		case strings.HasPrefix(line, "+++ "):
			name := strings.TrimPrefix(line, "+++ ")
			if strings.HasPrefix(name, `"`) {
				if u, err := strconv.Unquote(name); err == nil {
					name = u
				}
			}
			file = ""
			if rest, ok := strings.CutPrefix(name, "b/"); ok {
				file = filepath.Join(top, filepath.FromSlash(rest))
			}
		case strings.HasPrefix(line, "@@ ") && file != "":
			// @@ -old[,n] +new[,m] @@
			fields := strings.Fields(line)
			if len(fields) < 3 || !strings.HasPrefix(fields[2], "+") {
				return fmt.Errorf("bad hunk header %q", line)
			}
			startStr, countStr, hasCount := strings.Cut(fields[2][1:], ",")
			start, err := strconv.Atoi(startStr)
			if err != nil {
				return fmt.Errorf("bad hunk header %q", line)
			}
			count := 1
			if hasCount {
				if count, err = strconv.Atoi(countStr); err != nil {
					return fmt.Errorf("bad hunk header %q", line)
				}
			}
			if c.lines[file] == nil {
				c.lines[file] = map[int]bool{}
			}
			for l := start; l < start+count; l++ {
				c.lines[file][l] = true
			}
		}
	}
	return sc.Err()
}
