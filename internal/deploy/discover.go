package deploy

import (
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
)

type fileKind int

const (
	kindNone fileKind = iota
	kindYAML
	kindNginx
	kindHAProxy
	kindCaddy
	kindTOML
)

// file is a deployment file found by discover, with the format its name
// says it is in. named is true when the path was given on the command
// line: such a file is read whatever its name says.
type file struct {
	path  string
	kind  fileKind
	named bool
}

// Stdin is the name of the standard input, given as "-": YAML, such as
// the output of helm template or kustomize build.
const Stdin = "<stdin>"

// skipDirs are directories that hold no deployment files of the service
// itself: version control, dependencies, build output, test data.
var skipDirs = map[string]bool{
	".git": true, ".hg": true, ".svn": true, "node_modules": true, "vendor": true,
	"testdata": true, "fixtures": true, ".idea": true, ".vscode": true, "dist": true, "bower_components": true,
}

// discover lists the deployment files under paths, in walk order,
// leaving out what skip says to (nil: nothing).
func discover(paths []string, skip func(string) bool) ([]file, error) {
	var out []file
	for _, p := range paths {
		if p == "-" {
			out = append(out, file{path: Stdin, kind: kindYAML, named: true})
			continue
		}
		fi, err := os.Stat(p)
		if err != nil {
			return nil, err
		}
		if !fi.IsDir() {
			k := kindOf(p)
			if k == kindNone {
				return nil, fmt.Errorf("%s: not a deployment file statecheck reads (YAML, TOML, nginx, HAProxy or Caddy configuration)", p)
			}
			out = append(out, file{path: p, kind: k, named: true})
			continue
		}
		err = filepath.WalkDir(p, func(path string, d fs.DirEntry, err error) error {
			if err != nil {
				return nil // unreadable: skip it, the rest is still checked
			}
			if path != p && skip != nil && skip(path) {
				if d.IsDir() {
					return filepath.SkipDir
				}
				return nil
			}
			if d.IsDir() {
				// Hidden directories hold tooling (.github's CI workflows
				// and their test harnesses), not the deployment.
				if path != p && (skipDirs[d.Name()] || strings.HasPrefix(d.Name(), ".")) {
					return filepath.SkipDir
				}
				return nil
			}
			if !d.Type().IsRegular() {
				return nil
			}
			if k := kindOf(path); k != kindNone {
				out = append(out, file{path: path, kind: k})
			}
			return nil
		})
		if err != nil {
			return nil, err
		}
	}
	return out, nil
}

// kindOf tells a deployment file's format from its name, as the tools
// that read it name it: *.yaml and *.yml; nginx.conf, *.conf (nginx's
// conf.d), sites-enabled/*, *.conf.template (the official image's
// envsubst templates); *.toml (Traefik); haproxy.cfg and *.cfg next to it; Caddyfile,
// Caddyfile.*, *.caddyfile.
func kindOf(path string) fileKind {
	base := filepath.Base(path)
	lower := strings.ToLower(base)
	dir := strings.ToLower(filepath.Base(filepath.Dir(path)))
	switch {
	case strings.HasSuffix(lower, ".yaml"), strings.HasSuffix(lower, ".yml"):
		if strings.HasPrefix(lower, ".golangci") || lower == ".statecheck.yml" || lower == ".pre-commit-config.yaml" {
			return kindNone
		}
		return kindYAML
	case strings.HasSuffix(lower, ".toml"):
		return kindTOML
	case base == "Caddyfile", strings.HasPrefix(base, "Caddyfile."), strings.HasSuffix(lower, ".caddyfile"):
		return kindCaddy
	case strings.Contains(lower, "haproxy") && (strings.HasSuffix(lower, ".cfg") || strings.HasSuffix(lower, ".conf")),
		strings.Contains(dir, "haproxy") && strings.HasSuffix(lower, ".cfg"):
		return kindHAProxy
	case strings.HasPrefix(lower, "nginx") && strings.Contains(lower, ".conf"),
		strings.HasSuffix(lower, ".conf"), strings.HasSuffix(lower, ".conf.template"),
		dir == "sites-enabled" || dir == "sites-available":
		return kindNginx
	}
	return kindNone
}
