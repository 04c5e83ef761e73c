package config

import (
	"bytes"
	"encoding/json"
	"errors"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"
	"time"

	"golang.org/x/tools/go/analysis"

	"github.com/statecheck/statecheck/analyzers"
)

// list is a comma-separated flag, like the shared settings.
type list struct{ items []string }

func (l *list) String() string { return strings.Join(l.items, ",") }
func (l *list) Set(s string) error {
	l.items = strings.Split(s, ",")
	return nil
}

// testChecks are stand-ins: two checks sharing the handlers, registrars,
// stateful and accepted flags like the request-path checks do, one with
// settings of its own, one without, and one off by default.
func testChecks() []analyzers.Check {
	shared := []*list{{}, {}, {}, {}}
	a := &analysis.Analyzer{Name: "alpha", Doc: "alpha: a"}
	b := &analysis.Analyzer{Name: "beta", Doc: "beta: b"}
	for _, an := range []*analysis.Analyzer{a, b} {
		for i, n := range Shared {
			an.Flags.Var(shared[i], n, "")
		}
	}
	a.Flags.Bool("connections", false, "")
	c := &analysis.Analyzer{Name: "gamma", Doc: "gamma: c"}
	c.Flags.Duration("maxlifetime", time.Hour, "")
	c.Flags.String("words", "", "")
	d := &analysis.Analyzer{Name: "delta", Doc: "delta: d"}
	return []analyzers.Check{
		{Analyzer: a, Default: true},
		{Analyzer: b, Default: true},
		{Analyzer: c, Default: true},
		{Analyzer: d},
	}
}

const full = `# every key
enable: [alpha, gamma, delta]
disable:
  - delta
handlers:
  - example.com/web.Context
registrars: [example.com/web.Router.Handle, example.com/web.Handle]
stateful:
  - example.com/inmem.Store
  - example.com/inmem.Cache.Put
accepted:
  - name: example.com/app.templates
    reason: rendered templates, rebuilt from disk on a miss
  - {name: example.com/app.Server.icons, reason: "read from the binary"}
settings:
  alpha:
    connections: true
  gamma:
    maxlifetime: 2h
    words: [token, secret]
`

func TestParseFull(t *testing.T) {
	c, err := Parse(".statecheck.yml", []byte(full))
	if err != nil {
		t.Fatal(err)
	}
	want := &Config{
		Enable:     []string{"alpha", "gamma", "delta"},
		Disable:    []string{"delta"},
		Handlers:   []string{"example.com/web.Context"},
		Registrars: []string{"example.com/web.Router.Handle", "example.com/web.Handle"},
		Stateful:   []string{"example.com/inmem.Store", "example.com/inmem.Cache.Put"},
		Accepted: []Accepted{
			{"example.com/app.templates", "rendered templates, rebuilt from disk on a miss"},
			{"example.com/app.Server.icons", "read from the binary"},
		},
		Settings: map[string]map[string]Value{
			"alpha": {"connections": "true"},
			"gamma": {"maxlifetime": "2h", "words": "token,secret"},
		},
	}
	c.file, c.pos = "", nil
	if !reflect.DeepEqual(c, want) {
		t.Errorf("Parse:\n got %+v\nwant %+v", c, want)
	}

	c, _ = Parse(".statecheck.yml", []byte(full))
	flags, err := c.Flags(testChecks())
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, f := range flags {
		got = append(got, "-"+f.VetName()+"="+f.Value)
	}
	wantFlags := []string{
		"-alpha.handlers=example.com/web.Context",
		"-beta.handlers=example.com/web.Context",
		"-alpha.registrars=example.com/web.Router.Handle,example.com/web.Handle",
		"-beta.registrars=example.com/web.Router.Handle,example.com/web.Handle",
		"-alpha.stateful=example.com/inmem.Store,example.com/inmem.Cache.Put",
		"-beta.stateful=example.com/inmem.Store,example.com/inmem.Cache.Put",
		"-alpha.accepted=example.com/app.templates,example.com/app.Server.icons",
		"-beta.accepted=example.com/app.templates,example.com/app.Server.icons",
		"-alpha.connections=true",
		"-gamma.maxlifetime=2h",
		"-gamma.words=token,secret",
	}
	if !reflect.DeepEqual(got, wantFlags) {
		t.Errorf("Flags:\n got %q\nwant %q", got, wantFlags)
	}

	checks := testChecks()
	if err := c.Apply(checks); err != nil {
		t.Fatal(err)
	}
	if v := checks[1].Analyzer.Flags.Lookup("handlers").Value.String(); v != "example.com/web.Context" {
		t.Errorf("beta.handlers = %q after Apply", v)
	}
	if v := checks[2].Analyzer.Flags.Lookup("maxlifetime").Value.String(); v != "2h0m0s" {
		t.Errorf("gamma.maxlifetime = %q after Apply", v)
	}
	if _, err := Selected(checks, []string{"delta"}, []string{"delta"}); err == nil || !strings.Contains(err.Error(), "nothing would be analyzed") {
		t.Errorf("Selected with every check disabled: %v, want an error", err)
	}
	sel, err := Selected(checks, c.Enable, c.Disable)
	if err != nil {
		t.Fatal(err)
	}
	if len(sel) != 2 || sel[0].Name() != "alpha" || sel[1].Name() != "gamma" {
		t.Errorf("Selected = %v, want alpha, gamma", sel)
	}
}

func TestParseEmpty(t *testing.T) {
	for _, src := range []string{"", "# nothing\n", "---\n", "~\n", "settings:\n", "enable:\n"} {
		c, err := Parse("x.yml", []byte(src))
		if err != nil {
			t.Errorf("Parse(%q): %v", src, err)
			continue
		}
		flags, err := c.Flags(testChecks())
		if err != nil || len(flags) != 0 {
			t.Errorf("Parse(%q).Flags() = %v, %v; want nothing", src, flags, err)
		}
	}
}

// TestDeploy reads the deploy key, which turns on the deployment checks.
func TestDeploy(t *testing.T) {
	for src, want := range map[string]bool{"deploy: true\n": true, "deploy: false\n": false, "enable: [alpha]\n": false} {
		c, err := Parse("f.yml", []byte(src))
		if err != nil {
			t.Fatalf("%q: %v", src, err)
		}
		if c.Deploy != want {
			t.Errorf("%q: Deploy = %v, want %v", src, c.Deploy, want)
		}
	}
}

// TestErrors pins the message and position of each kind of mistake.
func TestErrors(t *testing.T) {
	for _, tc := range []struct{ src, want string }{
		{"handler: [example.com/web.Context]\n",
			`f.yml:1:1: unknown key "handler"; known keys: enable, disable, handlers, registrars, stateful, accepted, settings, severity, exclude, deploy`},
		{"enable: [alpha]\n\nEnable: [beta]\n",
			`f.yml:3:1: unknown key "Enable"; known keys: enable, disable, handlers, registrars, stateful, accepted, settings, severity, exclude, deploy`},
		{"enable: [alpha]\nenable: [beta]\n", `f.yml:2:1: key "enable" is given twice`},
		{"enable: alpha\n", `f.yml:1:9: enable must be a list, such as enable: [a, b] or one '- a' line per item`},
		{"enable:\n  - alpha\n  - nosuch\n", `f.yml:3:5: enable: unknown check "nosuch"; valid names: alpha, beta, gamma, delta`},
		{"disable: [nosuch]\n", `f.yml:1:11: disable: unknown check "nosuch"; valid names: alpha, beta, gamma, delta`},
		{"enable: []\n", `f.yml:1:9: enable: no check named; valid names: alpha, beta, gamma, delta`},
		{"enable: [[alpha]]\n", `f.yml:1:10: enable: each item must be a name`},
		{"enable: [gamma]\ndisable: [gamma]\n", `f.yml:2:10: disable: removes every check enable names; nothing would be analyzed`},
		{"disable: [alpha, beta, gamma]\n", `f.yml:1:10: disable: removes every check that is on by default; nothing would be analyzed`},
		{"handlers:\n  - Context\n", `f.yml:2:5: handlers: "Context" is not a qualified name; want a qualified name such as example.com/pkg.Name`},
		{"stateful: [example.com/a.B, \"example.com/a.C, example.com/a.D\"]\n",
			`f.yml:1:29: stateful: "example.com/a.C, example.com/a.D": names hold no spaces, quotes or commas; want a qualified name such as example.com/pkg.Name`},
		{"registrars: [example.com/a.]\n", `f.yml:1:14: registrars: "example.com/a." is not a qualified name; want a qualified name such as example.com/pkg.Name`},
		{"accepted:\n  - name: example.com/app.cache\n", `f.yml:2:5: accepted: example.com/app.cache has no reason: say why the value can be rebuilt`},
		{"accepted:\n  - name: example.com/app.cache\n    reason: \"  \"\n", `f.yml:2:5: accepted: example.com/app.cache has no reason: say why the value can be rebuilt`},
		{"accepted:\n  - name: example.com/app.cache\n    why: warm entries only\n", `f.yml:3:5: accepted: unknown key "why"; known keys: name, reason`},
		{"accepted:\n  - example.com/app.cache\n", `f.yml:2:5: accepted: each entry is a mapping, such as {name: example.com/pkg.Var, reason: why it can be rebuilt}`},
		{"accepted:\n  - reason: because\n", `f.yml:2:5: accepted: entry has no name`},
		{"accepted:\n  - {name: cache, reason: because}\n", `f.yml:2:12: accepted: "cache" is not a qualified name; want a qualified name such as example.com/pkg.Name`},
		{"accepted: example.com/app.cache\n", `f.yml:1:11: accepted must be a list of entries with a name and a reason`},
		{"settings:\n  nosuch:\n    x: 1\n", `f.yml:2:3: settings: unknown check "nosuch"; valid names: alpha, beta, gamma, delta`},
		{"settings:\n  gamma:\n    maxlife: 1h\n", `f.yml:3:5: settings.gamma: unknown setting "maxlife"; known: maxlifetime, words`},
		{"settings:\n  delta:\n    x: 1\n", `f.yml:3:5: settings.delta: unknown setting "x"; delta has no settings of its own`},
		{"settings:\n  alpha:\n    handlers: [example.com/web.Context]\n", `f.yml:3:5: settings.alpha: handlers is shared by every check; set it at the top level`},
		{"settings:\n  gamma:\n    maxlifetime:\n", `f.yml:3:17: settings.gamma.maxlifetime: a setting needs a value`},
		{"settings:\n  gamma:\n    maxlifetime: {h: 1}\n", `f.yml:3:18: settings.gamma.maxlifetime: a setting's value is a string, number, boolean or a list of them`},
		{"settings:\n  gamma: 1h\n", `f.yml:2:10: settings.gamma must map setting names to values`},
		{"settings: [gamma]\n", `f.yml:1:11: settings must map check names to their settings`},
		{"- enable\n", `f.yml:1:1: a configuration is a mapping of keys: enable, disable, handlers, registrars, stateful, accepted, settings, severity, exclude, deploy`},
		{"enable: [alpha\n", `f.yml:1: did not find expected ',' or ']'`},
		{"enable: [alpha]\n  disable: [beta]\n", `f.yml:1: did not find expected key`},
		{"enable:\n\t- alpha\n", `f.yml:2: found character that cannot start any token`},
		{"enable: [alpha]\n---\ndisable: [beta]\n", `f.yml:2:1: a configuration file holds one YAML document`},
		{"? [a]\n: b\n", `f.yml:1:3: keys must be names`},
		{"deploy: yes please\n", `f.yml:1:9: deploy must be true or false`},
		{"deploy: [true]\n", `f.yml:1:9: deploy must be true or false`},
	} {
		c, err := Parse("f.yml", []byte(tc.src))
		if err == nil {
			_, err = c.Flags(testChecks())
		}
		if err == nil {
			t.Errorf("%q: no error, want %s", tc.src, tc.want)
			continue
		}
		if got := err.Error(); got != tc.want {
			t.Errorf("%q:\n got %s\nwant %s", tc.src, got, tc.want)
		}
		var ce *Error
		if !errors.As(err, &ce) {
			t.Errorf("%q: error %T is not a *config.Error", tc.src, err)
		}
	}
}

// TestBadValue checks that a value the analyzer's flag rejects is reported
// where it was written.
func TestBadValue(t *testing.T) {
	c, err := Parse("f.yml", []byte("settings:\n  gamma:\n    maxlifetime: soon\n"))
	if err != nil {
		t.Fatal(err)
	}
	err = c.Apply(testChecks())
	want := `f.yml:3:5: settings.gamma.maxlifetime: invalid value "soon": parse error`
	if err == nil || !strings.HasPrefix(err.Error(), want) {
		t.Errorf("Apply = %v, want %s…", err, want)
	}
}

func TestAliases(t *testing.T) {
	src := "handlers: &h [example.com/web.Context]\nstateful: *h\nsettings:\n  gamma:\n    words: *h\n"
	c, err := Parse("f.yml", []byte(src))
	if err != nil {
		t.Fatal(err)
	}
	if len(c.Stateful) != 1 || c.Settings["gamma"]["words"] != "example.com/web.Context" {
		t.Errorf("aliases not followed: %+v", c)
	}
}

// TestJSON decodes the golangci-lint plugin's settings: the same fields,
// unknown ones rejected.
func TestJSON(t *testing.T) {
	raw := map[string]any{
		"enable":   []any{"alpha", "gamma"},
		"handlers": []any{"example.com/web.Context"},
		"accepted": []any{map[string]any{"name": "example.com/app.cache", "reason": "warm entries only"}},
		"settings": map[string]any{
			"alpha": map[string]any{"connections": true},
			"gamma": map[string]any{"maxlifetime": "30m", "words": []any{"a", 1.5, false}},
		},
	}
	c, err := decodeJSON(raw)
	if err != nil {
		t.Fatal(err)
	}
	flags, err := c.Flags(testChecks())
	if err != nil {
		t.Fatal(err)
	}
	if len(flags) != 7 || flags[6].VetName() != "gamma.words" || flags[6].Value != "a,1.5,false" || flags[4].Value != "true" {
		t.Errorf("Flags = %+v", flags)
	}

	for _, tc := range []struct {
		raw  map[string]any
		want string
	}{
		{map[string]any{"handler": []any{"x"}}, `unknown field "handler"`},
		{map[string]any{"accepted": []any{map[string]any{"name": "example.com/a.B", "why": "x"}}}, `unknown field "why"`},
		{map[string]any{"settings": map[string]any{"gamma": map[string]any{"maxlifetime": nil}}}, `a setting needs a value`},
		{map[string]any{"settings": map[string]any{"gamma": map[string]any{"maxlifetime": map[string]any{}}}}, `a setting's value must be`},
	} {
		if _, err := decodeJSON(tc.raw); err == nil || !strings.Contains(err.Error(), tc.want) {
			t.Errorf("decode %v: error %v, want %q", tc.raw, err, tc.want)
		}
	}

	c, err = decodeJSON(map[string]any{"settings": map[string]any{"gamma": map[string]any{"maxlifetime": "soon"}}})
	if err != nil {
		t.Fatal(err)
	}
	if err := c.Apply(testChecks()); err == nil || !strings.HasPrefix(err.Error(), "settings.gamma.maxlifetime: invalid value \"soon\": parse error") {
		t.Errorf("Apply = %v", err)
	}
	c, _ = decodeJSON(map[string]any{"accepted": []any{map[string]any{"name": "example.com/a.B"}}})
	if _, err := c.Flags(testChecks()); err == nil || err.Error() != "accepted: example.com/a.B has no reason: say why the value can be rebuilt" {
		t.Errorf("Flags = %v", err)
	}
}

// decodeJSON decodes as the golangci-lint plugin's settings are decoded.
func decodeJSON(raw any) (*Config, error) {
	data, err := json.Marshal(raw)
	if err != nil {
		return nil, err
	}
	dec := json.NewDecoder(bytes.NewReader(data))
	dec.DisallowUnknownFields()
	c := new(Config)
	if err := dec.Decode(c); err != nil {
		return nil, err
	}
	return c, nil
}

func TestFind(t *testing.T) {
	root := t.TempDir()
	deep := filepath.Join(root, "a", "b", "c")
	if err := os.MkdirAll(deep, 0o755); err != nil {
		t.Fatal(err)
	}
	write := func(dir string) string {
		p := filepath.Join(dir, FileName)
		if err := os.WriteFile(p, []byte("enable: [alpha]\n"), 0o644); err != nil {
			t.Fatal(err)
		}
		return p
	}
	want := write(filepath.Join(root, "a"))
	if got, err := Find(deep); err != nil || got != want {
		t.Errorf("Find(deep) = %q, %v; want %q", got, err, want)
	}
	want = write(deep)
	if got, err := Find(deep); err != nil || got != want {
		t.Errorf("Find(deep) = %q, %v; want %q", got, err, want)
	}
	if got, err := Find(root); err != nil || (got != "" && strings.HasPrefix(got, root)) {
		t.Errorf("Find(root) = %q, %v; want nothing under root", got, err)
	}
	if err := os.Mkdir(filepath.Join(root, FileName), 0o755); err != nil {
		t.Fatal(err)
	}
	if _, err := Find(root); err == nil {
		t.Error("Find accepted a directory named " + FileName)
	}
	c, err := Load(want)
	if err != nil || len(c.Enable) != 1 {
		t.Errorf("Load = %+v, %v", c, err)
	}
	if _, err := Load(filepath.Join(root, "nosuch.yml")); err == nil {
		t.Error("Load of a missing file succeeded")
	}
}
