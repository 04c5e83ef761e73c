package golangci

import (
	"bytes"
	"go/token"
	"go/types"
	"os"
	"slices"
	"strings"
	"testing"

	"github.com/golangci/plugin-module-register/register"
	"golang.org/x/tools/go/analysis"

	"github.com/statecheck/statecheck/analyzers"
	"github.com/statecheck/statecheck/internal/failure"
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
	want = append(want, failure.ReporterName)
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
	if got := names(t, p); strings.Join(got, ",") != "globalstate,jwtclaims,statecheck" {
		t.Errorf("analyzers = %v, want globalstate, jwtclaims, statecheck", got)
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

// TestFailureReported runs the plugin's analyzers by hand on a pass that
// lacks their prerequisites' results, on which every check that needs
// them panics: the panics must come back as empty results, and the
// reporter must report each as an issue of the linter.
func TestFailureReported(t *testing.T) {
	p, err := New(map[string]any{"enable": []any{"globalstate", "fieldstate"}})
	if err != nil {
		t.Fatal(err)
	}
	as, err := p.BuildAnalyzers()
	if err != nil {
		t.Fatal(err)
	}
	pkg := types.NewPackage("example.com/broken", "broken")
	var diags []analysis.Diagnostic
	var exported []analysis.Fact
	pass := func(a *analysis.Analyzer) *analysis.Pass {
		return &analysis.Pass{
			Analyzer:          a,
			Fset:              token.NewFileSet(),
			Pkg:               pkg,
			ResultOf:          map[*analysis.Analyzer]any{},
			Report:            func(d analysis.Diagnostic) { diags = append(diags, d) },
			ExportPackageFact: func(f analysis.Fact) { exported = append(exported, f) },
			AllPackageFacts:   func() []analysis.PackageFact { return nil },
		}
	}
	var trace bytes.Buffer
	stderr := os.Stderr
	r, w, err := os.Pipe()
	if err != nil {
		t.Fatal(err)
	}
	os.Stderr = w
	done := make(chan struct{})
	go func() { trace.ReadFrom(r); close(done) }()
	for _, a := range as[:len(as)-1] {
		if res, err := a.Run(pass(a)); res != nil || err != nil {
			t.Errorf("%s returned %v, %v; want nil, nil", a.Name, res, err)
		}
	}
	os.Stderr = stderr
	w.Close()
	<-done
	reporter := as[len(as)-1]
	if _, err := reporter.Run(pass(reporter)); err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, d := range diags {
		got = append(got, d.Message)
	}
	want := []string{
		"analyzer fieldstate failed on package example.com/broken: panic: interface conversion: interface {} is nil, not *entry.Result",
		"analyzer globalstate failed on package example.com/broken: panic: interface conversion: interface {} is nil, not *entry.Result",
	}
	slices.Sort(got)
	if !slices.Equal(got, want) {
		t.Errorf("reported:\n\t%s\nwant:\n\t%s", strings.Join(got, "\n\t"), strings.Join(want, "\n\t"))
	}
	if len(exported) != 1 {
		t.Errorf("exported %d facts, want 1 listing the failures", len(exported))
	}
	if !strings.Contains(trace.String(), "This is a bug in statecheck") {
		t.Errorf("no stack trace on stderr:\n%s", trace.String())
	}
}
