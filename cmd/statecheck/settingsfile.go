package main

// Analyzer settings reach the vet tool in a file, not as flags. A list of
// a few thousand accepted names is longer than the operating system lets
// one command line, or one argument, be ("argument list too long"), and
// the go command passes the vet tool's flags on every unit's command
// line. The check and fix commands write the settings to a file named by
// the hash of its contents and pass the vet tool one short flag,
// -settings=<file>. go vet keys its cache on the vet tool's flags: the
// same settings give the same name, so cached results are reused, and
// different settings give another name, so they are not.

import (
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strings"
)

// settingsFlag is the vet tool's flag that names the settings file.
const settingsFlag = "settings"

// writeSettings writes the analyzer flags, -<analyzer>.<flag>=<value>, to
// a file named by the hash of its contents under the user's cache
// directory, unless it is there already, and returns its path.
func writeSettings(flags []string) (string, error) {
	values := map[string]string{}
	for _, f := range flags {
		name, value, ok := strings.Cut(strings.TrimPrefix(f, "-"), "=")
		if !ok {
			return "", fmt.Errorf("analyzer flag %q has no value", f)
		}
		values[name] = value
	}
	data, err := json.Marshal(values) // keys sorted: equal settings, equal bytes
	if err != nil {
		return "", err
	}
	var errs []error
	for _, dir := range settingsDirs() {
		path, err := writeIn(dir, data)
		if err == nil {
			return path, nil
		}
		errs = append(errs, err)
	}
	return "", fmt.Errorf("writing the settings for go vet: %v", errors.Join(errs...))
}

// settingsDirs are where settings files go, in order of preference:
// statecheck/settings in the user's cache directory, and in the temporary
// directory for when there is no cache directory ($HOME unset) or it
// cannot be written.
func settingsDirs() []string {
	var dirs []string
	if dir, err := os.UserCacheDir(); err == nil {
		dirs = append(dirs, dir)
	}
	dirs = append(dirs, os.TempDir())
	for i, d := range dirs {
		if abs, err := filepath.Abs(filepath.Join(d, "statecheck", "settings")); err == nil {
			dirs[i] = abs
		}
	}
	return dirs
}

// writeIn writes data to dir under the name of its hash, unless the file
// is there already, and returns its path.
func writeIn(dir string, data []byte) (string, error) {
	sum := sha256.Sum256(data)
	path := filepath.Join(dir, hex.EncodeToString(sum[:])+".json")
	if old, err := os.ReadFile(path); err == nil && string(old) == string(data) {
		return path, nil // the name is the contents: nothing to write
	}
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return "", err
	}
	// Written whole under another name, then renamed: a concurrent run
	// never reads half a file.
	tmp, err := os.CreateTemp(dir, "tmp-*")
	if err != nil {
		return "", err
	}
	_, werr := tmp.Write(data)
	cerr := tmp.Close()
	err = errors.Join(werr, cerr)
	if err == nil {
		err = os.Chmod(tmp.Name(), 0o644)
	}
	if err == nil {
		err = os.Rename(tmp.Name(), path)
	}
	if err != nil {
		os.Remove(tmp.Name())
		return "", err
	}
	return path, nil
}

// registerSettingsFlag declares -settings=<file> among the vet tool's
// flags, before unitchecker declares the analyzers' flags and parses the
// command line. go vet learns of it from -flags, like the others.
func registerSettingsFlag() {
	flag.Var(settingsValue{flag.CommandLine}, settingsFlag, "read analyzer flags from the JSON `file` the statecheck command writes (name: the SHA-256 of its contents)")
}

// settingsValue sets the analyzer flags a settings file holds.
type settingsValue struct{ fs *flag.FlagSet }

func (settingsValue) String() string { return "" }

// Set reads the file, checks that its name is the hash of its contents
// (so that go vet's cache, keyed on the name, is keyed on the contents),
// and sets each flag it holds, which checks the value as a flag on the
// command line would be checked.
func (v settingsValue) Set(path string) error {
	data, err := os.ReadFile(path)
	if err != nil {
		return err
	}
	sum := sha256.Sum256(data)
	if want := hex.EncodeToString(sum[:]) + ".json"; filepath.Base(path) != want {
		return fmt.Errorf("%s: the contents do not match the name (the SHA-256 of the contents); run the statecheck command again to rewrite it", path)
	}
	var values map[string]string
	if err := json.Unmarshal(data, &values); err != nil {
		return fmt.Errorf("%s: %v", path, err)
	}
	names := make([]string, 0, len(values))
	for name := range values {
		names = append(names, name)
	}
	sort.Strings(names)
	for _, name := range names {
		// Only analyzer flags, <analyzer>.<flag>: not -settings itself,
		// nor the vet tool's own flags.
		if !strings.Contains(name, ".") || v.fs.Lookup(name) == nil {
			return fmt.Errorf("%s: unknown analyzer flag %q", path, name)
		}
		if err := v.fs.Set(name, values[name]); err != nil {
			return fmt.Errorf("%s: invalid value %q for flag -%s: %v", path, values[name], name, err)
		}
	}
	return nil
}
