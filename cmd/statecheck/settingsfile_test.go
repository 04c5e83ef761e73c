package main

import (
	"errors"
	"flag"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestSettingsFile writes settings as the check command does and reads
// them as the vet tool does.
func TestSettingsFile(t *testing.T) {
	t.Setenv("XDG_CACHE_HOME", t.TempDir())
	t.Setenv("HOME", t.TempDir())
	newFlags := func() (*flag.FlagSet, *string, *string) {
		fs := flag.NewFlagSet("vet", flag.ContinueOnError)
		fs.Func("globalstate.handlers", "", func(s string) error {
			if s == "bad" {
				return errors.New("bad name")
			}
			return nil
		})
		return fs, fs.String("globalstate.accepted", "", ""), fs.String("testcounter.skip", "", "")
	}

	path, err := writeSettings([]string{"-testcounter.skip=a=b", "-globalstate.accepted=example.com/a.B,example.com/a.C"})
	if err != nil {
		t.Fatal(err)
	}
	// The same settings, in another order: the same file.
	again, err := writeSettings([]string{"-globalstate.accepted=example.com/a.B,example.com/a.C", "-testcounter.skip=a=b"})
	if err != nil || again != path {
		t.Errorf("same settings: %s, %v; want %s", again, err, path)
	}
	other, err := writeSettings([]string{"-testcounter.skip=c"})
	if err != nil || other == path {
		t.Errorf("other settings: %s, %v; want a file other than %s", other, err, path)
	}

	fs, l, skip := newFlags()
	if err := (settingsValue{fs}).Set(path); err != nil {
		t.Fatal(err)
	}
	if *l != "example.com/a.B,example.com/a.C" || *skip != "a=b" {
		t.Errorf("read accepted %q, skip %q", *l, *skip)
	}

	// Files the vet tool refuses.
	dir := t.TempDir()
	write := func(contents string) string {
		p := filepath.Join(dir, "x.json")
		if err := os.WriteFile(p, []byte(contents), 0o644); err != nil {
			t.Fatal(err)
		}
		return p
	}
	data, _ := os.ReadFile(path)
	forged := filepath.Join(dir, filepath.Base(path))
	os.WriteFile(forged, append(data[:len(data)-1:len(data)-1], []byte(`,"x.y":"1"}`)...), 0o644)
	for _, tc := range []struct{ path, want string }{
		{forged, "the contents do not match the name"},
		{write("{}"), "the contents do not match the name"},
		{filepath.Join(dir, "nosuch.json"), "no such file"},
	} {
		fs, _, _ := newFlags()
		if err := (settingsValue{fs}).Set(tc.path); err == nil || !strings.Contains(err.Error(), tc.want) {
			t.Errorf("Set(%s) = %v, want an error containing %q", tc.path, err, tc.want)
		}
	}
	for _, tc := range []struct {
		flags []string
		want  string
	}{
		{[]string{"-globalstate.handlers=bad"}, `invalid value "bad" for flag -globalstate.handlers: bad name`},
		{[]string{"-nosuch.flag=1"}, `unknown analyzer flag "nosuch.flag"`},
		{[]string{"-json=true"}, `unknown analyzer flag "json"`},
	} {
		p, err := writeSettings(tc.flags)
		if err != nil {
			t.Fatal(err)
		}
		fs, _, _ := newFlags()
		fs.Bool("json", false, "")
		if err := (settingsValue{fs}).Set(p); err == nil || !strings.Contains(err.Error(), tc.want) {
			t.Errorf("%q: Set = %v, want an error containing %q", tc.flags, err, tc.want)
		}
	}
}

// TestSettingsFileFallback checks that settings are written to the
// temporary directory when the cache directory cannot be written, and
// that a file spoiled in place is rewritten.
func TestSettingsFileFallback(t *testing.T) {
	notDir := filepath.Join(t.TempDir(), "file")
	if err := os.WriteFile(notDir, nil, 0o644); err != nil {
		t.Fatal(err)
	}
	tmp := t.TempDir()
	t.Setenv("XDG_CACHE_HOME", notDir)
	t.Setenv("TMPDIR", tmp)
	path, err := writeSettings([]string{"-testcounter.skip=x"})
	if err != nil {
		t.Fatal(err)
	}
	if !strings.HasPrefix(path, tmp) {
		t.Errorf("settings written to %s, want under %s", path, tmp)
	}
	if err := os.WriteFile(path, []byte("{}"), 0o644); err != nil {
		t.Fatal(err)
	}
	if again, err := writeSettings([]string{"-testcounter.skip=x"}); err != nil || again != path {
		t.Fatalf("rewrite: %s, %v", again, err)
	}
	fs := flag.NewFlagSet("vet", flag.ContinueOnError)
	skip := fs.String("testcounter.skip", "", "")
	if err := (settingsValue{fs}).Set(path); err != nil || *skip != "x" {
		t.Errorf("after rewrite: %v, skip %q", err, *skip)
	}
}
