package diskwrite

import (
	_ "embed"
	"fmt"
	"strings"

	"golang.org/x/tools/go/analysis"

	"github.com/statecheck/statecheck/analyzers/internal/effects"
	"github.com/statecheck/statecheck/analyzers/internal/entry"
	"github.com/statecheck/statecheck/analyzers/internal/report"
	"github.com/statecheck/statecheck/analyzers/internal/ssabuild"
	"github.com/statecheck/statecheck/analyzers/internal/statewrite"
)

//go:embed doc.go
var docText string

// Analyzer reports files and blob objects written to the instance's local
// disk on a request path.
var Analyzer = statewrite.NewAnalyzer("diskwrite", docText, run, ssabuild.Analyzer)

func init() {
	Analyzer.FactTypes = []analysis.Fact{new(bucketWrites), new(paramStores), new(storeOpenings)}
}

func run(pass *analysis.Pass) (any, error) {
	built := pass.ResultOf[ssabuild.Analyzer].(*ssabuild.SSA)
	if built == nil {
		return nil, nil
	}
	r := report.New(pass)
	defer r.Finish()

	b := newBuckets(pass, built)
	sel := func(_ *analysis.Pass, _ *entry.Result, h *entry.Handler, e *effects.Effect) (string, bool) {
		if e.Kind != effects.DiskWrite || e.FlagParam != 0 {
			// A write whose flag the handler's own parameter holds is
			// no write until a caller passes a writing flag.
			return "", false
		}
		if e.Noun != effects.BlobHeld {
			return e.Subject, true
		}
		b.held(h, e)
		return "", false
	}
	for _, f := range statewrite.Collect(pass, sel, statewrite.ResourceKey) {
		d := analysis.Diagnostic{Message: message(f), Related: f.Related(pass.Fset, "written here")}
		d.Pos, d.End = statewrite.ShortRange(pass, f.Pos)
		b.reported[f.Pos] = true
		r.Report(d)
	}
	b.report(r)
	return nil, nil
}

// message renders a finding:
//
//	handler upload writes uploads/… to local disk: …
func message(f *statewrite.Finding) string {
	e := &f.Effect
	var b strings.Builder
	b.WriteString(statewrite.Subject(f))
	b.WriteString(" ")
	plural := statewrite.Plural(f)
	switch e.Noun {
	case effects.FileBucket:
		fmt.Fprintf(&b, "%s objects in a fileblob bucket on local disk (%s)%s", statewrite.Verb("stores", plural), e.Subject, statewrite.RemoteNote(f, "write"))
		b.WriteString(": they stay on this instance, unseen by the others and lost when it is replaced; open an S3-compatible bucket and hand out presigned URLs")
		return b.String()
	case effects.AferoDisk:
		fmt.Fprintf(&b, "%s files through an afero filesystem on local disk (%s)%s", statewrite.Verb("writes", plural), e.Subject, statewrite.RemoteNote(f, "write"))
		b.WriteString(": they stay on this instance, unseen by the others and lost when it is replaced; store them in object storage (S3-compatible) and hand out presigned URLs")
		return b.String()
	case effects.AferoMem:
		fmt.Fprintf(&b, "%s files to an afero MemMapFs%s", statewrite.Verb("writes", plural), statewrite.RemoteNote(f, "write"))
		b.WriteString(": they live in this instance's memory, unseen by the others and lost when it stops; store them in object storage (S3-compatible) or a database")
		return b.String()
	case effects.MemBucket:
		fmt.Fprintf(&b, "%s objects in a memblob bucket%s", statewrite.Verb("stores", plural), statewrite.RemoteNote(f, "write"))
		b.WriteString(": they live in this instance's memory, unseen by the others and lost when it stops; open an S3-compatible bucket and hand out presigned URLs")
		return b.String()
	}
	if e.Subject == "" || e.Subject == "…" {
		fmt.Fprintf(&b, "%s a file to local disk", statewrite.Verb("writes", plural))
	} else {
		fmt.Fprintf(&b, "%s %s to local disk", statewrite.Verb("writes", plural), e.Subject)
	}
	b.WriteString(statewrite.RemoteNote(f, "write"))
	b.WriteString(": the file stays on this instance, unseen by the others and lost when it is replaced; store it in object storage (S3-compatible) and hand out presigned URLs")
	return b.String()
}
