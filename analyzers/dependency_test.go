package analyzers_test

import (
	"go/build"
	"os"
	"path/filepath"
	"testing"

	"golang.org/x/tools/go/analysis"

	"github.com/statecheck/statecheck/analyzers"
)

func TestFactFree(t *testing.T) {
	std := filepath.Join(build.Default.GOROOT, "src", "net", "http", "pprof", "pprof.go")
	dir := filepath.Join(t.TempDir(), "mod", "example.com", "dep@v1.2.0")
	file := func(name, src string) string {
		t.Helper()
		name = filepath.Join(dir, name)
		if err := os.MkdirAll(dir, 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(name, []byte(src), 0o644); err != nil {
			t.Fatal(err)
		}
		return name
	}
	dep := file("dep.go", "package dep\n")
	// An HTTP client: it imports net/http, and names the functions that
	// serve or stop only in comments and strings.
	client := file("client.go", `package dep

import "net/http"

// Get fetches url; unlike http.ListenAndServe or Shutdown it serves nothing.
func Get(url string) (*http.Response, error) {
	_ = "Serve Shutdown signal.Notify"
	return http.Get(url)
}
`)
	server := file("server.go", `package dep

import "net/http"

func Run(h http.Handler) error { return http.ListenAndServe(":8080", h) }
`)
	ownShutdown := file("own.go", `package dep

import "net/http"

type Client struct{ c http.Client }

func (c *Client) Shutdown() { c.c.CloseIdleConnections() }
`)
	signals := file("signals.go", `package dep

import (
	"os"
	"os/signal"
)

func Wait() { c := make(chan os.Signal, 1); signal.Notify(c, os.Interrupt); <-c }
`)
	ownServe := file("serve.go", "package dep\n\nimport \"strings\"\n\nfunc Serve(s string) string { return strings.ToUpper(s) }\n")
	missing := filepath.Join(dir, "missing.go")
	local := filepath.FromSlash("/src/app/lib/lib.go")
	versioned := &analysis.Module{Path: "example.com/dep", Version: "v1.2.0"}
	for _, tc := range []struct {
		name string
		d    analyzers.Dependency
		want bool
	}{
		{"the standard library, even serving", analyzers.Dependency{Path: "net/http/pprof", Files: []string{std}, Imports: []string{"net/http"}}, true},
		{"a versioned module importing nothing watched", analyzers.Dependency{Path: "example.com/dep", Module: versioned, Files: []string{dep}, Imports: []string{"strings", "example.com/dep/util"}}, true},
		{"a modelled library importing nothing watched", analyzers.Dependency{Path: "github.com/aws/aws-sdk-go-v2/aws", Files: []string{dep}, Imports: []string{"time"}}, true},
		{"a versioned module that serves", analyzers.Dependency{Path: "example.com/dep", Module: versioned, Files: []string{server}, Imports: []string{"strings", "net/http"}}, false},
		{"a versioned module that listens for signals", analyzers.Dependency{Path: "example.com/dep", Module: versioned, Files: []string{signals}, Imports: []string{"os", "os/signal"}}, false},
		{"an HTTP client", analyzers.Dependency{Path: "example.com/dep", Module: versioned, Files: []string{dep, client}, Imports: []string{"net/http"}}, true},
		{"an HTTP client and a server in one package", analyzers.Dependency{Path: "example.com/dep", Module: versioned, Files: []string{client, server}, Imports: []string{"net/http"}}, false},
		{"an HTTP client with a Shutdown of its own", analyzers.Dependency{Path: "example.com/dep", Module: versioned, Files: []string{client, ownShutdown}, Imports: []string{"net/http"}}, false},
		{"a versioned module importing net/http whose file cannot be read", analyzers.Dependency{Path: "example.com/dep", Module: versioned, Files: []string{client, missing}, Imports: []string{"net/http"}}, false},
		{"a versioned module importing nothing watched, unread", analyzers.Dependency{Path: "example.com/dep", Module: versioned, Files: []string{missing}, Imports: []string{"strings"}}, true},
		{"a Serve of its own, importing nothing watched", analyzers.Dependency{Path: "example.com/dep", Module: versioned, Files: []string{ownServe}, Imports: []string{"strings"}}, true},
		{"a versioned module keeping sessions", analyzers.Dependency{Path: "example.com/dep", Module: versioned, Files: []string{dep}, Imports: []string{"github.com/gorilla/sessions"}}, false},
		{"a versioned module whose imports carry facts", analyzers.Dependency{Path: "example.com/dep", Module: versioned, Files: []string{dep}, Imports: []string{"example.com/dep/serve"}, ImportsFacts: true}, false},
		{"the main module", analyzers.Dependency{Path: "example.com/app/lib", Module: &analysis.Module{Path: "example.com/app"}, Files: []string{local}, Imports: []string{"strings"}}, false},
		{"a module replaced by a local copy", analyzers.Dependency{Path: "example.com/lib", Module: &analysis.Module{Path: "example.com/lib", Version: "v1.0.0", Replace: &analysis.Module{Path: "../lib"}}, Files: []string{local}}, false},
		{"a module replaced by a local copy, as go vet tells it", analyzers.Dependency{Path: "example.com/lib", Module: &analysis.Module{Path: "example.com/lib", Version: "v1.0.0"}, Files: []string{local}}, false},
		{"a vendored module", analyzers.Dependency{Path: "example.com/dep", Module: versioned, Files: []string{filepath.FromSlash("/src/app/vendor/example.com/dep/dep.go")}}, true},
		{"a version with capitals in the module cache", analyzers.Dependency{Path: "example.com/dep", Module: &analysis.Module{Path: "example.com/dep", Version: "v0.0.0-RC1"}, Files: []string{filepath.FromSlash("/mod/example.com/dep@v0.0.0-!r!c1/dep.go")}}, true},
		{"a package outside modules", analyzers.Dependency{Path: "lib", Files: []string{local}}, false},
	} {
		if got := analyzers.FactFree(tc.d); got != tc.want {
			t.Errorf("%s: FactFree = %v, want %v", tc.name, got, tc.want)
		}
	}
}
