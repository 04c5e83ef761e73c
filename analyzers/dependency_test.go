package analyzers_test

import (
	"go/build"
	"path/filepath"
	"testing"

	"golang.org/x/tools/go/analysis"

	"github.com/statecheck/statecheck/analyzers"
)

func TestFactFree(t *testing.T) {
	std := filepath.Join(build.Default.GOROOT, "src", "net", "http", "pprof", "pprof.go")
	dep := filepath.FromSlash("/mod/cache/example.com/dep@v1.2.0/dep.go")
	local := filepath.FromSlash("/src/app/lib/lib.go")
	versioned := &analysis.Module{Path: "example.com/dep", Version: "v1.2.0"}
	for _, tc := range []struct {
		name string
		d    analyzers.Dependency
		want bool
	}{
		{"the standard library, even serving", analyzers.Dependency{Path: "net/http/pprof", File: std, Imports: []string{"net/http"}}, true},
		{"a versioned module importing nothing watched", analyzers.Dependency{Path: "example.com/dep", Module: versioned, File: dep, Imports: []string{"strings", "example.com/dep/util"}}, true},
		{"a modelled library importing nothing watched", analyzers.Dependency{Path: "github.com/aws/aws-sdk-go-v2/aws", File: dep, Imports: []string{"time"}}, true},
		{"a versioned module that may serve", analyzers.Dependency{Path: "example.com/dep", Module: versioned, File: dep, Imports: []string{"strings", "net/http"}}, false},
		{"a versioned module that listens for signals", analyzers.Dependency{Path: "example.com/dep", Module: versioned, File: dep, Imports: []string{"os/signal"}}, false},
		{"a versioned module keeping sessions", analyzers.Dependency{Path: "example.com/dep", Module: versioned, File: dep, Imports: []string{"github.com/gorilla/sessions"}}, false},
		{"a versioned module whose imports carry facts", analyzers.Dependency{Path: "example.com/dep", Module: versioned, File: dep, Imports: []string{"example.com/dep/serve"}, ImportsFacts: true}, false},
		{"the main module", analyzers.Dependency{Path: "example.com/app/lib", Module: &analysis.Module{Path: "example.com/app"}, File: local, Imports: []string{"strings"}}, false},
		{"a module replaced by a local copy", analyzers.Dependency{Path: "example.com/lib", Module: &analysis.Module{Path: "example.com/lib", Version: "v1.0.0", Replace: &analysis.Module{Path: "../lib"}}, File: local}, false},
		{"a module replaced by a local copy, as go vet tells it", analyzers.Dependency{Path: "example.com/lib", Module: &analysis.Module{Path: "example.com/lib", Version: "v1.0.0"}, File: local}, false},
		{"a vendored module", analyzers.Dependency{Path: "example.com/dep", Module: versioned, File: filepath.FromSlash("/src/app/vendor/example.com/dep/dep.go")}, true},
		{"a version with capitals in the module cache", analyzers.Dependency{Path: "example.com/dep", Module: &analysis.Module{Path: "example.com/dep", Version: "v0.0.0-RC1"}, File: filepath.FromSlash("/mod/example.com/dep@v0.0.0-!r!c1/dep.go")}, true},
		{"a package outside modules", analyzers.Dependency{Path: "lib", File: local}, false},
	} {
		if got := analyzers.FactFree(tc.d); got != tc.want {
			t.Errorf("%s: FactFree = %v, want %v", tc.name, got, tc.want)
		}
	}
}
