package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func TestMatches(t *testing.T) {
	f := finding{Analyzer: "globalstate", Position: place{"cmd/main.go", 21}}
	f.Related = append(f.Related, struct {
		Position place `json:"position"`
	}{place{"store/mem.go", 9}})
	for _, tc := range []struct {
		l    label
		want bool
	}{
		{label{path: "cmd/main.go", line: 21, category: "globalstate"}, true},
		{label{path: "store/mem.go", line: 9, category: "globalstate"}, true}, // a related place
		{label{path: "store/mem.go", line: 9, category: "all"}, true},
		{label{path: "cmd/main.go", line: 21, category: "fieldstate"}, false},
		{label{path: "cmd/main.go", line: 22, category: "globalstate"}, false},
		{label{path: "main.go", line: 21, category: "globalstate"}, false},
		{label{path: "store/mem.go", category: "globalstate"}, true}, // line "-": the whole file
		{label{path: "store/other.go", category: "globalstate"}, false},
	} {
		if got := matches(tc.l, f); got != tc.want {
			t.Errorf("matches(%+v) = %v, want %v", tc.l, got, tc.want)
		}
	}
}

func TestReadLabels(t *testing.T) {
	dir := t.TempDir()
	write := func(name, text string) string {
		p := filepath.Join(dir, name)
		if err := os.WriteFile(p, []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
		return p
	}
	const header = "repo\tcommit\tpath\tline\tcategory\tlabel\treason\n"
	good := write("good.tsv", header+"example.com/a\tabc1234\tmain.go\t12\tglobalstate\ttp\ta map of sessions\n\n")
	labels, err := readLabels(good)
	if err != nil || len(labels) != 1 || labels[0].line != 12 || labels[0].verdict != "tp" {
		t.Fatalf("readLabels = %+v, %v", labels, err)
	}
	for name, row := range map[string]string{
		"columns.tsv": "example.com/a\tabc\tmain.go\t12\tglobalstate\ttp\n",
		"line.tsv":    "example.com/a\tabc\tmain.go\ttwelve\tglobalstate\ttp\twhy\n",
		"label.tsv":   "example.com/a\tabc\tmain.go\t12\tglobalstate\tmaybe\twhy\n",
	} {
		if _, err := readLabels(write(name, header+row)); err == nil || !strings.Contains(err.Error(), name+":2:") {
			t.Errorf("%s: error %v, want one naming line 2", name, err)
		}
	}
}

// TestLabelsFile reads the project's own labels: every row must parse.
func TestLabelsFile(t *testing.T) {
	labels, err := readLabels(filepath.Join("..", "labels.tsv"))
	if err != nil {
		t.Fatal(err)
	}
	if len(labels) == 0 {
		t.Fatal("labels.tsv has no rows")
	}
}
