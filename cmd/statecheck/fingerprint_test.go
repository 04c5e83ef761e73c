package main

import (
	"os"
	"path/filepath"
	"testing"
)

func TestStableMessage(t *testing.T) {
	for in, want := range map[string]string{
		"handler h reaches store.Save (store.go:12:3), which writes map m": "handler h reaches store.Save (store.go), which writes map m",
		"the server started at main.go:40 is never shut down":              "the server started at main.go is never shut down",
		"//line :7 directive at line 12 is malformed":                      "//line :7 directive at line is malformed",
		"counter v2 changed 3 times":                                       "counter v2 changed 3 times",
	} {
		if got := stableMessage(in); got != want {
			t.Errorf("stableMessage(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestFunctionAt(t *testing.T) {
	src := `package p

var x int

func F() {
	x++
}

func (s *Server) M() {
	x++
}

func (l List[T]) N() {
	x++
}
`
	file := filepath.Join(t.TempDir(), "p.go")
	if err := os.WriteFile(file, []byte(src), 0o644); err != nil {
		t.Fatal(err)
	}
	ff := newFileFuncs()
	for line, want := range map[int]string{3: "", 6: "F", 10: "Server.M", 14: "List.N", 99: ""} {
		if got := ff.at(file, line); got != want {
			t.Errorf("line %d: %q, want %q", line, got, want)
		}
	}
	if got := ff.at(filepath.Join(t.TempDir(), "nosuch.go"), 1); got != "" {
		t.Errorf("missing file: %q", got)
	}
}

func TestFingerprintIgnoresPlace(t *testing.T) {
	a := finding{Analyzer: "globalstate", Package: "example.com/p", Message: "handler h reaches f (a.go:3), which writes m", Position: position{File: "a.go", Line: 3}}
	b := a
	b.Position = position{File: "b.go", Line: 30}
	b.Message = "handler h reaches f (a.go:9), which writes m"
	if fingerprint(&a, "h") != fingerprint(&b, "h") {
		t.Error("the place and quoted line numbers changed the fingerprint")
	}
	for _, c := range []struct {
		f  finding
		fn string
	}{
		{finding{Analyzer: "fieldstate", Package: a.Package, Message: a.Message}, "h"},
		{finding{Analyzer: a.Analyzer, Package: "example.com/q", Message: a.Message}, "h"},
		{finding{Analyzer: a.Analyzer, Package: a.Package, Message: "handler h reaches f (a.go:3), which writes n"}, "h"},
		{a, "g"},
	} {
		if fingerprint(&c.f, c.fn) == fingerprint(&a, "h") {
			t.Errorf("%+v in %s has the same fingerprint", c.f, c.fn)
		}
	}
}

func TestParseDiff(t *testing.T) {
	diff := `diff --git a/svc/a.go b/svc/a.go
--- a/svc/a.go
+++ b/svc/a.go
@@ -3,0 +4,2 @@ func F() {
+	x++
+	y++
@@ -10 +12 @@
-	old
+	new
@@ -20,3 +22,0 @@
-	gone
diff --git a/old.go b/old.go
deleted file mode 100644
--- a/old.go
+++ /dev/null
@@ -1,3 +0,0 @@
-package old
diff --git "a/sp ace.go" "b/sp ace.go"
--- "a/sp ace.go"
+++ "b/sp ace.go"
@@ -1 +1 @@
-package a
+package b
`
	top := filepath.FromSlash("/repo")
	c := &changedLines{lines: map[string]map[int]bool{}, whole: map[string]bool{}}
	if err := c.parseDiff(top, []byte(diff)); err != nil {
		t.Fatal(err)
	}
	a := filepath.Join(top, "svc", "a.go")
	for line, want := range map[int]bool{3: false, 4: true, 5: true, 6: false, 12: true, 22: false} {
		if got := c.has(a, line); got != want {
			t.Errorf("a.go:%d changed = %v, want %v", line, got, want)
		}
	}
	if !c.has(filepath.Join(top, "sp ace.go"), 1) {
		t.Error("quoted file name not read")
	}
	if len(c.lines) != 2 {
		t.Errorf("files with changed lines: %v", c.lines)
	}
	if err := c.parseDiff(top, []byte("+++ b/x.go\n@@ -1 +x @@\n")); err == nil {
		t.Error("bad hunk header accepted")
	}
}
