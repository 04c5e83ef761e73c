package deploy

import (
	"os"
	"path/filepath"
	"testing"
)

// The parsers read files from anywhere in a repository: whatever the
// bytes, they return a tree or an error, never panic.

func seeds(f *testing.F, pattern string) {
	files, _ := filepath.Glob(filepath.Join("testdata", "*", pattern))
	for _, p := range files {
		if data, err := os.ReadFile(p); err == nil {
			f.Add(string(data))
		}
	}
}

func FuzzNginx(f *testing.F) {
	seeds(f, "*.conf")
	f.Fuzz(func(t *testing.T, src string) {
		ds, _, _, err := parseNginxConf(src)
		if err == nil {
			pf := &parsedFile{path: "f", dirs: &directives{}, code: &codeFacts{}}
			nf := &ngxFile{pf: pf, ds: ds}
			(&run{}).nginxRules(nf, ds, map[*ngxFile]bool{nf: true})
		}
	})
}

func FuzzHAProxy(f *testing.F) {
	seeds(f, "*.cfg")
	f.Fuzz(func(t *testing.T, src string) {
		hl, _, _, err := parseHAProxyConf(src)
		if err == nil {
			pf := &parsedFile{path: "f", dirs: &directives{}, code: &codeFacts{}}
			(&run{}).haproxyRules(pf, hl)
		}
	})
}

func FuzzCaddy(f *testing.F) {
	seeds(f, "Caddyfile")
	f.Fuzz(func(t *testing.T, src string) {
		ds, _, _, err := parseCaddyfile(src)
		if err == nil {
			pf := &parsedFile{path: "f", dirs: &directives{}, code: &codeFacts{}}
			(&run{}).caddyRules(pf, ds, "")
		}
	})
}

// FuzzYAML runs every YAML check on the bytes, as Kubernetes, compose and
// Traefik documents alike.
func FuzzYAML(f *testing.F) {
	seeds(f, "*.yaml")
	seeds(f, "*.yml")
	f.Fuzz(func(t *testing.T, src string) {
		dir := t.TempDir()
		p := filepath.Join(dir, "f.yaml")
		if err := os.WriteFile(p, []byte(src), 0o644); err != nil {
			t.Fatal(err)
		}
		if _, err := Run(Options{Paths: []string{p}, CodeDir: dir}); err != nil {
			t.Fatal(err)
		}
	})
}

func FuzzTOML(f *testing.F) {
	seeds(f, "*.toml")
	f.Fuzz(func(t *testing.T, src string) {
		r := &run{res: &Result{}}
		if pf := r.parseTOML(file{path: "f.toml", kind: kindTOML, named: true}, []byte(src)); pf != nil {
			pf.code = &codeFacts{}
			pf.check(r)
		}
	})
}
