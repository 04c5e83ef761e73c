package main

import (
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
)

// TestToolIDIsGoBuildID checks the -V=full answer on a real binary, the
// test's own: the go command keeps the last slash-separated part of the
// line's last field, and that must be the content hash the linker wrote,
// as `go tool buildid` reads it.
func TestToolIDIsGoBuildID(t *testing.T) {
	exe, err := os.Executable()
	if err != nil {
		t.Fatal(err)
	}
	out, err := exec.Command("go", "tool", "buildid", exe).Output()
	if err != nil {
		t.Fatalf("go tool buildid: %v", err)
	}
	want := strings.TrimSpace(string(out))
	if id, ok := goBuildID(exe); !ok || id != want {
		t.Fatalf("goBuildID = %q, %v; want %q, true", id, ok, want)
	}
	if line, ok := toolIDLine(); !ok || line != "statecheck version devel comments-go-here buildID="+want+"\n" {
		t.Errorf("toolIDLine = %q, %v; want the line with buildID=%s", line, ok, want)
	}
}

// TestToolIDRefuses checks that files without a build ID the go command
// wrote are refused, so that unitchecker hashes them instead.
func TestToolIDRefuses(t *testing.T) {
	dir := t.TempDir()
	for name, content := range map[string]string{
		"text":     "not an executable",
		"redacted": "\x00\xff Go build ID: \"redacted\"\n \xff",
	} {
		p := filepath.Join(dir, name)
		if err := os.WriteFile(p, []byte(content), 0o644); err != nil {
			t.Fatal(err)
		}
		if id, ok := goBuildID(p); ok {
			t.Errorf("%s: goBuildID = %q, true; want a refusal", name, id)
		}
	}
	if _, ok := goBuildID(filepath.Join(dir, "missing")); ok {
		t.Error("goBuildID of a missing file succeeded")
	}
}

func TestRawGoBuildID(t *testing.T) {
	const id = "aaaaaaaaaaaaaaaaaaaa/bbbbbbbbbbbbbbbbbbbb/cccccccccccccccccccc/dddddddddddddddddddd"
	data := []byte("MZ\x90\x00 header bytes \xff Go build ID: \"" + id + "\"\n \xff text")
	if got := rawGoBuildID(data); got != id {
		t.Errorf("rawGoBuildID = %q, want %q", got, id)
	}
	if got := rawGoBuildID(data[:len(data)-10]); got != "" {
		t.Errorf("rawGoBuildID of a cut marker = %q, want none", got)
	}
}

func TestUsableBuildID(t *testing.T) {
	for id, want := range map[string]bool{
		"":                           false,
		"redacted":                   false,
		"a/short":                    false,
		"/L5kXtWRQEdlk2wFC1PAz":      false,
		"a/L5kXtWRQEdlk2wFC1PAz":     true,
		"a/b/c/osfllsM8c54CMXjjr1Zl": true,
		"a/L5kXtWRQEdlk2wFC1PA+":     false,
		"a/L5kXtWRQ dlk2wFC1PAzz":    false,
	} {
		if got := usableBuildID(id); got != want {
			t.Errorf("usableBuildID(%q) = %v, want %v", id, got, want)
		}
	}
}
