package deploy

import (
	"bufio"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
)

// wants reads the "# want <check>" markers of the files under dir: the
// findings a scenario must have, as "file:line:check".
func wants(t *testing.T, dir string) []string {
	t.Helper()
	var out []string
	filepath.WalkDir(dir, func(p string, d os.DirEntry, err error) error {
		if err != nil || d.IsDir() || strings.HasSuffix(p, ".go") {
			return err
		}
		f, err := os.Open(p)
		if err != nil {
			t.Fatal(err)
		}
		defer f.Close()
		sc := bufio.NewScanner(f)
		for n := 1; sc.Scan(); n++ {
			if _, w, ok := strings.Cut(sc.Text(), "# want "); ok {
				for _, c := range strings.Fields(w) {
					out = append(out, fmt.Sprintf("%s:%d:%s", p, n, c))
				}
			}
		}
		return nil
	})
	slices.Sort(out)
	return out
}

func got(res *Result) []string {
	var out []string
	for _, f := range res.Findings {
		out = append(out, fmt.Sprintf("%s:%d:%s", f.Pos.File, f.Pos.Line, f.Check))
	}
	slices.Sort(out)
	return out
}

// runScenario checks testdata/<name> with its own Go code and compares
// the findings with the want markers.
func runScenario(t *testing.T, name string) *Result {
	t.Helper()
	dir := filepath.Join("testdata", name)
	res, err := Run(Options{Paths: []string{dir}, CodeDir: dir})
	if err != nil {
		t.Fatal(err)
	}
	if g, w := got(res), wants(t, dir); !slices.Equal(g, w) {
		t.Errorf("findings differ\n--- got\n%s\n--- want\n%s\n--- messages\n%s", strings.Join(g, "\n"), strings.Join(w, "\n"), messages(res))
	}
	return res
}

func messages(res *Result) string {
	var b strings.Builder
	for _, f := range res.Findings {
		fmt.Fprintf(&b, "%s: %s (%s)\n", f.Pos, f.Message, f.Check)
		for _, r := range f.Related {
			fmt.Fprintf(&b, "\t%s: %s\n", r.Pos, r.Message)
		}
	}
	for _, n := range res.Notes {
		fmt.Fprintf(&b, "note %s: %s\n", n.File, n.Msg)
	}
	return b.String()
}

func TestSticky(t *testing.T) {
	res := runScenario(t, "sticky")
	for _, f := range res.Findings {
		if !strings.Contains(f.Message, "each client is pinned to one instance") || !strings.Contains(f.Message, "balance round-robin") {
			t.Errorf("%s: message does not say what breaks and the way out: %s", f.Pos, f.Message)
		}
		if len(f.Related) > 0 {
			t.Errorf("%s: related code findings without code findings: %v", f.Pos, f.Related)
		}
	}
	if len(res.Notes) > 0 {
		t.Errorf("notes on valid files:\n%s", messages(res))
	}
}

func TestVolumes(t *testing.T) {
	res := runScenario(t, "volumes")
	for _, f := range res.Findings {
		if len(f.Related) == 0 || !strings.HasSuffix(f.Related[len(f.Related)-1].Pos.File, "main.go") {
			t.Errorf("%s: want the code that writes as related, got %v", f.Pos, f.Related)
		}
	}
	if !strings.Contains(messages(res), `runs 3 replicas with the bind mount ./data at /data`) {
		t.Errorf("the replicated compose service's finding does not say it has replicas:\n%s", messages(res))
	}
}

// TestVolumesWithoutCode: without code that writes under them, volumes
// are not reported.
func TestVolumesWithoutCode(t *testing.T) {
	res, err := Run(Options{Paths: []string{filepath.Join("testdata", "volumes")}})
	if err != nil {
		t.Fatal(err)
	}
	if len(res.Findings) > 0 {
		t.Errorf("findings with no code known:\n%s", messages(res))
	}
}

func TestGrace(t *testing.T) {
	res := runScenario(t, "grace")
	for _, f := range res.Findings {
		if !strings.Contains(f.Message, "25s") || len(f.Related) != 1 || f.Related[0].Pos.Line != 19 {
			t.Errorf("%s: want the code's 25s timeout at main.go:19 named: %s %v", f.Pos, f.Message, f.Related)
		}
	}
}

func TestReplica(t *testing.T) {
	runScenario(t, "replica")
}

// TestMalformed: files that do not parse are skipped with a note, never a
// crash, and the rest is still checked.
func TestMalformed(t *testing.T) {
	res := runScenario(t, "malformed")
	notes := map[string]string{}
	for _, n := range res.Notes {
		notes[filepath.Base(n.File)] = n.Msg
	}
	for file, want := range map[string]string{
		"bad.yaml":        "skipped: not valid YAML",
		"deployment.yaml": "skipped: a template, not valid YAML until rendered",
		"nginx.conf":      "skipped: not valid nginx configuration",
		"haproxy.cfg":     "skipped: not valid HAProxy configuration",
		"Caddyfile":       "skipped: not a valid Caddyfile",
	} {
		if !strings.HasPrefix(notes[file], want) {
			t.Errorf("note for %s = %q, want %q...", file, notes[file], want)
		}
	}
	if _, ok := notes["app.conf"]; ok {
		t.Errorf("a .conf file that is not nginx's got a note: %s", notes["app.conf"])
	}
	if len(res.Notes) != 5 {
		t.Errorf("want 5 notes, got:\n%s", messages(res))
	}
}

func TestDirectives(t *testing.T) {
	dir := filepath.Join("testdata", "directives")
	res, err := Run(Options{Paths: []string{dir}})
	if err != nil {
		t.Fatal(err)
	}
	want := []string{
		"testdata/directives/nginx.conf:10:stickysession: nginx upstream c uses ip_hash",
		"testdata/directives/nginx.conf:14:stickysession: nginx upstream d uses ip_hash",
		"testdata/directives/nginx.conf:17:directives: statecheck:ignore stickysession silences nothing on line 18",
		"testdata/directives/nginx.conf:9:directives: statecheck:ignore stickysession has no reason",
		"testdata/directives/nginx.conf:13:directives: statecheck:ignore names unknown deployment check \"stickysesion\"",
	}
	var g []string
	for _, f := range res.Findings {
		msg, _, _ := strings.Cut(f.Message, ":")
		if f.Check == DirectivesCheck {
			msg, _, _ = strings.Cut(f.Message, ";")
			msg, _, _ = strings.Cut(msg, ": say")
		}
		g = append(g, fmt.Sprintf("%s:%d:%s: %s", filepath.ToSlash(f.Pos.File), f.Pos.Line, f.Check, msg))
	}
	slices.Sort(g)
	slices.Sort(want)
	if !slices.Equal(g, want) {
		t.Errorf("got\n%s\nwant\n%s", strings.Join(g, "\n"), strings.Join(want, "\n"))
	}
}

// TestCodeFindings: with the code's findings, a sticky-session finding
// names the in-process state it hides.
func TestCodeFindings(t *testing.T) {
	dir := filepath.Join("testdata", "sticky")
	code := []CodeFinding{
		{Check: "globalstate", Pos: Pos{File: "hits.go", Line: 4, Col: 2}, Message: "handler writes package-level counter hits"},
		{Check: "jwtclaims", Pos: Pos{File: "token.go", Line: 3, Col: 1}, Message: "token without exp"},
		{Check: "fieldstate", Pos: Pos{File: "cart.go", Line: 7, Col: 2}, Message: "handler writes field carts"},
		{Check: "globalstate", Pos: Pos{File: "main.go", Line: 10, Col: 2}, Message: "handler writes package-level map sessions"},
		{Check: "globalstate", Pos: Pos{File: "seen.go", Line: 9, Col: 2}, Message: "handler writes package-level map seen"},
	}
	res, err := Run(Options{Paths: []string{filepath.Join(dir, "nginx.conf")}, Code: code})
	if err != nil {
		t.Fatal(err)
	}
	if len(res.Findings) != 4 {
		t.Fatalf("want 4 findings, got\n%s", messages(res))
	}
	for _, f := range res.Findings {
		if len(f.Related) != 3 || f.Related[0].Pos.File != "main.go" || !strings.Contains(f.Message, "hides in-process client state") {
			t.Errorf("%s: want the session state named first, then two more: %s %v", f.Pos, f.Message, f.Related)
			continue
		}
		if !strings.HasSuffix(f.Related[2].Message, "(and 1 more in-process state findings)") {
			t.Errorf("%s: the last related does not count the rest: %s", f.Pos, f.Related[2].Message)
		}
		for _, r := range f.Related {
			if strings.HasPrefix(r.Message, "jwtclaims") {
				t.Errorf("%s: a jwtclaims finding is not in-process state: %v", f.Pos, r)
			}
		}
	}
}

func TestChecksFilter(t *testing.T) {
	res, err := Run(Options{Paths: []string{filepath.Join("testdata", "volumes")}, CodeDir: filepath.Join("testdata", "volumes"), Checks: map[string]bool{"stickysession": true}})
	if err != nil {
		t.Fatal(err)
	}
	if len(res.Findings) > 0 {
		t.Errorf("localvolume findings with only stickysession selected:\n%s", messages(res))
	}
}

func TestMissingPath(t *testing.T) {
	if _, err := Run(Options{Paths: []string{filepath.Join("testdata", "nope")}}); err == nil {
		t.Error("no error for a path that does not exist")
	}
}

// TestDocs: every check's page has its summary line, a WRONG and a RIGHT
// example.
func TestDocs(t *testing.T) {
	for _, c := range Checks {
		if !strings.HasPrefix(c.Doc, c.Name+": ") || !strings.Contains(c.Doc, "\nWRONG:\n") || !strings.Contains(c.Doc, "\nRIGHT:\n") {
			t.Errorf("%s: doc needs a summary line, WRONG: and RIGHT:", c.Name)
		}
	}
}

// TestHelmChart: the templates of a chart that are not YAML make one note
// for the chart; those that are YAML are checked.
func TestHelmChart(t *testing.T) {
	res := runScenario(t, "helmchart")
	if len(res.Notes) != 1 || res.Notes[0].File != filepath.Join("testdata", "helmchart") || !strings.HasPrefix(res.Notes[0].Msg, "Helm chart: 2 template files skipped") {
		t.Errorf("want one note for the chart, got:\n%s", messages(res))
	}
}

// TestStdin reads rendered manifests from the standard input, as
// helm template ... | statecheck deploy - does.
func TestStdin(t *testing.T) {
	in := "apiVersion: v1\nkind: Service\nmetadata: {name: x}\nspec:\n  sessionAffinity: ClientIP\n"
	res, err := Run(Options{Paths: []string{"-"}, Stdin: strings.NewReader(in)})
	if err != nil {
		t.Fatal(err)
	}
	if len(res.Findings) != 1 || res.Findings[0].Pos != (Pos{File: Stdin, Line: 5, Col: 3}) {
		t.Errorf("want one finding at %s:5:3, got:\n%s", Stdin, messages(res))
	}
}

// TestMonorepo: each deployment file is read against the Go module it is
// in, not the code of the repository's other modules.
func TestMonorepo(t *testing.T) {
	dir := filepath.Join("testdata", "monorepo")
	res, err := Run(Options{Paths: []string{dir}})
	if err != nil {
		t.Fatal(err)
	}
	if g, w := got(res), wants(t, dir); !slices.Equal(g, w) {
		t.Errorf("findings differ\n--- got\n%s\n--- want\n%s\n--- messages\n%s", strings.Join(g, "\n"), strings.Join(w, "\n"), messages(res))
	}
}

// TestNginxInclude: an upstream whose balancing comes from an included
// file is reported at the included line, in the upstream's name; files
// found only through an include (any name, a glob, an absolute path under
// nginx's configuration directory) are read; a file both walked and
// included, or in an include cycle, is reported once; directives in an
// included file silence its lines.
func TestNginxInclude(t *testing.T) {
	res := runScenario(t, "include")
	if res.Files != 8 {
		t.Errorf("read %d files, want 8 (nginx.conf, 3 in conf.d, 4 found through includes)\n%s", res.Files, messages(res))
	}
	if len(res.Notes) > 0 {
		t.Errorf("notes: %s", messages(res))
	}
	msgs := messages(res)
	for _, want := range []string{
		"upstream.d/shop-balance:1:1: nginx upstream shop uses ip_hash: ",
		"upstreams/admin.inc:2:2: nginx upstream admin hashes on $cookie_sid: ",
	} {
		if !strings.Contains(msgs, want) {
			t.Errorf("no finding %q in\n%s", want, msgs)
		}
	}

	// conf.d alone: its files include each other, and each is still
	// checked once.
	dir := filepath.Join("testdata", "include", "nginx", "conf.d")
	res, err := Run(Options{Paths: []string{dir}, CodeDir: dir})
	if err != nil {
		t.Fatal(err)
	}
	want := []string{dir + "/api.conf:2:stickysession", dir + "/loop.conf:4:stickysession"}
	if g := got(res); !slices.Equal(g, want) {
		t.Errorf("conf.d alone: got %q, want %q", g, want)
	}
}
