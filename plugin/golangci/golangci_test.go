package golangci

import (
	"strings"
	"testing"

	"github.com/golangci/plugin-module-register/register"

	"github.com/statecheck/statecheck/analyzers"
)

func names(t *testing.T, p register.LinterPlugin) []string {
	t.Helper()
	as, err := p.BuildAnalyzers()
	if err != nil {
		t.Fatal(err)
	}
	var out []string
	for _, a := range as {
		out = append(out, a.Name)
	}
	return out
}

func TestRegistered(t *testing.T) {
	if _, err := register.GetPlugin(Name); err != nil {
		t.Fatal(err)
	}
}

func TestDefaults(t *testing.T) {
	p, err := New(nil)
	if err != nil {
		t.Fatal(err)
	}
	var want []string
	for _, c := range analyzers.Checks() {
		if c.Default {
			want = append(want, c.Name())
		}
	}
	if got := names(t, p); strings.Join(got, ",") != strings.Join(want, ",") {
		t.Errorf("analyzers = %v, want %v", got, want)
	}
	if p.GetLoadMode() != register.LoadModeTypesInfo {
		t.Errorf("load mode %q", p.GetLoadMode())
	}
}

// TestSettings decodes settings as golangci-lint hands them over, from
// YAML, and checks that they reach the analyzers' flags.
func TestSettings(t *testing.T) {
	p, err := New(map[string]any{
		"enable":   []any{"globalstate", "fieldstate", "jwtclaims"},
		"disable":  []any{"fieldstate"},
		"handlers": []any{"example.com/web.Context"},
		"accepted": []any{map[string]any{"name": "example.com/app.pages", "reason": "templates, rebuilt from disk"}},
		"settings": map[string]any{
			"jwtclaims":   map[string]any{"maxlifetime": "1h"},
			"globalstate": map[string]any{"connections": true},
		},
	})
	if err != nil {
		t.Fatal(err)
	}
	if got := names(t, p); strings.Join(got, ",") != "globalstate,jwtclaims" {
		t.Errorf("analyzers = %v, want globalstate, jwtclaims", got)
	}
	for flag, want := range map[string]string{
		"globalstate.handlers":    "example.com/web.Context",
		"fieldstate.handlers":     "example.com/web.Context",
		"globalstate.accepted":    "example.com/app.pages",
		"jwtclaims.maxlifetime":   "1h0m0s",
		"globalstate.connections": "true",
	} {
		check, name, _ := strings.Cut(flag, ".")
		c, _ := analyzers.Lookup(check)
		if got := c.Analyzer.Flags.Lookup(name).Value.String(); got != want {
			t.Errorf("%s = %q, want %q", flag, got, want)
		}
	}
}

func TestBadSettings(t *testing.T) {
	for _, tc := range []struct {
		settings map[string]any
		want     string
	}{
		{map[string]any{"handler": []any{"example.com/web.Context"}}, `statecheck: decoding settings: json: unknown field "handler"`},
		{map[string]any{"enable": []any{"nosuch"}}, `statecheck settings: enable: unknown check "nosuch"; valid names: globalstate`},
		{map[string]any{"settings": map[string]any{"jwtclaims": map[string]any{"maxlife": "1h"}}}, `statecheck settings: settings.jwtclaims: unknown setting "maxlife"; known: maxlifetime`},
		{map[string]any{"settings": map[string]any{"jwtclaims": map[string]any{"maxlifetime": "soon"}}}, `statecheck settings: settings.jwtclaims.maxlifetime: invalid value "soon": parse error`},
		{map[string]any{"accepted": []any{map[string]any{"name": "example.com/app.pages"}}}, `statecheck settings: accepted: example.com/app.pages has no reason`},
		{map[string]any{"handlers": []any{"Context"}}, `statecheck settings: handlers: "Context" is not a qualified name`},
	} {
		_, err := New(tc.settings)
		if err == nil || !strings.HasPrefix(err.Error(), tc.want) {
			t.Errorf("New(%v) = %v, want %s…", tc.settings, err, tc.want)
		}
	}
}
