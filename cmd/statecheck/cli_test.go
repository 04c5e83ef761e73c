package main

import (
	"bytes"
	"errors"
	"strings"
	"testing"
)

// failWriter fails every write, as stdout does on a full disk.
type failWriter struct{}

func (failWriter) Write([]byte) (int, error) { return 0, errors.New("no space left on device") }

// TestWriteErrors checks that every command whose output cannot be
// written fails with exit 2 and says so.
func TestWriteErrors(t *testing.T) {
	for _, args := range [][]string{
		{"list"},
		{"list", "--format", "markdown"},
		{"explain", "testcounter"},
		{"version"},
		{"--help"},
		{"-help"},
		{"explain", "--help"},
	} {
		var stderr bytes.Buffer
		a := &app{checks: testChecks, stdout: failWriter{}, stderr: &stderr}
		if code := execute(a, args); code != exitError {
			t.Errorf("%q: exit %d, want %d", args, code, exitError)
		}
		if !strings.Contains(stderr.String(), "statecheck: no space left on device") {
			t.Errorf("%q: stderr %q does not report the write error", args, stderr.String())
		}
	}
}

// TestHelp checks that -help, which go vet's usage message suggests for
// the vet tool, is help.
func TestHelp(t *testing.T) {
	for _, args := range [][]string{{"-help"}, {"help"}, {"--help"}, {"check", "-help"}} {
		var stdout, stderr bytes.Buffer
		a := &app{checks: testChecks, stdout: &stdout, stderr: &stderr}
		if code := execute(a, args); code != exitClean {
			t.Errorf("%q: exit %d, want 0; stderr %s", args, code, stderr.String())
		}
		if !strings.Contains(stdout.String(), "Usage:") {
			t.Errorf("%q: no usage on stdout: %s", args, stdout.String())
		}
	}
	if got := helpArgs([]string{"--", "-help"}); got[1] != "-help" {
		t.Errorf("helpArgs rewrote an argument after --: %q", got)
	}
}
