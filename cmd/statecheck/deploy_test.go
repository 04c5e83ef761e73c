package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/statecheck/statecheck/analyzers"
	"github.com/statecheck/statecheck/internal/deploy"
)

// TestREADMEDeploySections keeps a README section for each deployment
// check, which its findings' URL points to, and its row in the table of
// deployment checks, with its default severity.
func TestREADMEDeploySections(t *testing.T) {
	data, err := os.ReadFile(filepath.Join("..", "..", "README.md"))
	if err != nil {
		t.Fatal(err)
	}
	readme := string(data)
	for _, c := range deploy.Checks {
		if !strings.Contains(readme, "\n### "+c.Name+"\n") {
			t.Errorf("README.md has no section ### %s", c.Name)
		}
		row := "| [`" + c.Name + "`](#" + c.Name + ") | " + c.Title + " | " + c.Severity + " |"
		if !strings.Contains(readme, row) {
			t.Errorf("README.md's table of deployment checks has no row %s", row)
		}
	}
}

// TestDeployChecksSeparate: the deployment checks' names are not the code
// checks', so --enable, explain and # statecheck:ignore name one thing.
func TestDeployChecksSeparate(t *testing.T) {
	a := newApp(analyzersChecks())
	for _, c := range deploy.Checks {
		if _, ok := a.lookup(c.Name); ok {
			t.Errorf("%s is both a code check and a deployment check", c.Name)
		}
		got, ok := lookupDeploy(c.Name)
		if !ok || got.Analyzer.Doc != c.Doc || got.Analyzer.URL != "https://github.com/statecheck/statecheck#"+c.Name {
			t.Errorf("lookupDeploy(%s) = %v, %v", c.Name, got, ok)
		}
	}
}

func analyzersChecks() []analyzers.Check { return analyzers.Checks() }
