package handlergo_test

import (
	"os"
	"slices"
	"strings"
	"testing"

	"golang.org/x/tools/go/analysis/analysistest"

	"github.com/statecheck/statecheck/analyzers/handlergo"
	"github.com/statecheck/statecheck/analyzers/internal/testsupport"
)

func TestFlagged(t *testing.T) {
	results := testsupport.Run(t, analysistest.TestData(), handlergo.Analyzer,
		"nethttp_unjoined",
		"cross_package",
		"handler_via_gin",
		"handler_via_echo",
		"reassigned_context",
		"via_interface/...",
		"nil_guard",
		"range_func",
	)
	// A go statement is reported on its keyword alone, a spawning call
	// on the function it calls, an implementation wired behind an
	// interface on its type.
	for _, r := range results {
		for _, d := range r.Diagnostics {
			if d.End <= d.Pos {
				t.Errorf("%s: empty range", r.Pass.Fset.Position(d.Pos))
				continue
			}
			tf := r.Pass.Fset.File(d.Pos)
			text := string(source(t, tf.Name())[tf.Offset(d.Pos):tf.Offset(d.End)])
			if text != "go" && !strings.HasSuffix(text, "AfterFunc") && !strings.HasSuffix(text, ".Go") &&
				!strings.HasPrefix(text, "jobs.") && text != "impl.Async" {
				t.Errorf("%s: reported on %q", r.Pass.Fset.Position(d.Pos), text)
			}
		}
	}
}

func source(t *testing.T, name string) []byte {
	t.Helper()
	data, err := os.ReadFile(name)
	if err != nil {
		t.Fatal(err)
	}
	return data
}

func TestQuiet(t *testing.T) {
	testsupport.Run(t, analysistest.TestData(), handlergo.Analyzer,
		"quiet_joined",
		"quiet_setup",
		"websocket_pump",
	)
}

// TestConnections reports the goroutines that serve a live connection
// when asked to.
func TestConnections(t *testing.T) {
	setFlag(t, "connections", "true")
	testsupport.Run(t, analysistest.TestData(), handlergo.Analyzer, "websocket_pump_connections")
}

func setFlag(t *testing.T, name, value string) {
	t.Helper()
	old := handlergo.Analyzer.Flags.Lookup(name).Value.String()
	if err := handlergo.Analyzer.Flags.Set(name, value); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { handlergo.Analyzer.Flags.Set(name, old) })
}

// TestRelatedWired checks the related information of a goroutine started
// by an implementation wired behind an interface: the handler at the
// start of the request path, then the go statement.
func TestRelatedWired(t *testing.T) {
	got := testsupport.RelatedLines(testsupport.Run(t, analysistest.TestData(), handlergo.Analyzer, "via_interface/..."), "")
	want := []string{
		"a.go:16: request path Server.Signup → Mailer.Send",
		"impl.go:9: started here",
	}
	if !slices.Equal(got, want) {
		t.Errorf("related information:\ngot  %q\nwant %q", got, want)
	}
}

// TestReturnedStop checks goroutines started by a helper that returns the
// function that stops them: quiet when the handler calls or defers it,
// reported when it drops or only keeps it, or when the function returned
// closes a channel the goroutine does not wait on.
func TestReturnedStop(t *testing.T) {
	testsupport.Run(t, analysistest.TestData(), handlergo.Analyzer, "returned_stop/...")
}
