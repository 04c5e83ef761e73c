package tempfile

import (
	_ "embed"
	"fmt"
	"go/types"
	"strings"

	"golang.org/x/tools/go/analysis"

	"github.com/statecheck/statecheck/analyzers/internal/effects"
	"github.com/statecheck/statecheck/analyzers/internal/entry"
	"github.com/statecheck/statecheck/analyzers/internal/model"
	"github.com/statecheck/statecheck/analyzers/internal/report"
	"github.com/statecheck/statecheck/analyzers/internal/ssabuild"
	"github.com/statecheck/statecheck/analyzers/internal/statewrite"
)

//go:embed doc.go
var docText string

// Analyzer reports temporary files and multipart spill files that a
// request leaves on the instance's disk.
var Analyzer = statewrite.NewAnalyzer("tempfile", docText, run, ssabuild.Analyzer)

func run(pass *analysis.Pass) (any, error) {
	if pass.ResultOf[ssabuild.Analyzer].(*ssabuild.SSA) == nil {
		return nil, nil
	}
	// Which handlers receive a copy of the request the engine works out
	// as it summarizes the package (effects/copies.go).
	cp := pass.ResultOf[effects.Analyzer].(*effects.Result).Copies()
	r := report.New(pass)
	defer r.Finish()

	sel := func(pass *analysis.Pass, _ *entry.Result, h *entry.Handler, e *effects.Effect) (string, bool) {
		switch e.Kind {
		case effects.TempFile:
			return e.Noun, true
		case effects.Multipart:
			if e.Target.Root == effects.None {
				return strings.TrimPrefix(e.Escape, "on "), true
			}
			if h.Fn == nil || !requestParam(h.Fn.Signature, h.Fn.Signature.Recv() != nil, e.Target) {
				return "", false
			}
			if why := cp.Local[h.Fn]; why != "" {
				return "a request copied by " + why, true
			}
		}
		return "", false
	}
	for _, f := range statewrite.Collect(pass, sel, statewrite.ResourceKey) {
		d := analysis.Diagnostic{
			Message: message(f),
			Related: f.Related(pass.Fset, "made here"),
		}
		d.Pos, d.End = statewrite.ShortRange(pass, f.Pos)
		if fix, ok := suggestFix(pass, f); ok {
			d.SuggestedFixes = []analysis.SuggestedFix{fix}
		}
		r.Report(d)
	}
	reportRemote(pass, r, cp)
	return nil, nil
}

// reportRemote reports, at their registration, the handlers of other
// packages that this package puts behind a request copy and that parse a
// multipart form without removing it.
func reportRemote(pass *analysis.Pass, r *report.Reporter, cp *effects.Copies) {
	summaries := pass.ResultOf[effects.Analyzer].(*effects.Result)
	for _, rh := range cp.Remote {
		sig := rh.Fn.Type().(*types.Signature)
		for _, e := range summaries.Imported(rh.Fn) {
			if e.Kind != effects.Multipart || !requestParam(sig, sig.Recv() != nil, e.Target) {
				continue
			}
			f := &statewrite.Finding{
				Pos:      rh.Site,
				Effect:   e,
				What:     "a request copied by " + rh.Why,
				Handlers: []string{effects.DisplayObject(rh.Fn, pass.Pkg)},
				Writes:   []string{e.Posn},
			}
			d := analysis.Diagnostic{Message: message(f), Related: f.Related(pass.Fset, "parsed here")}
			d.Pos, d.End = statewrite.ShortRange(pass, rh.Site)
			r.Report(d)
			break
		}
	}
}

// requestParam reports whether t, the root of a multipart effect of a
// handler of signature sig, is the handler's request: its *http.Request,
// or the gin or echo context that carries it.
func requestParam(sig *types.Signature, method bool, t effects.Target) bool {
	if t.Root != effects.HeldByParam {
		return false
	}
	i := t.Index
	if method {
		i--
	}
	if i < 0 || i >= sig.Params().Len() {
		return false
	}
	pt := sig.Params().At(i).Type()
	return model.IsNamed(pt, "net/http", "Request") ||
		model.IsNamed(pt, "github.com/gin-gonic/gin", "Context") ||
		model.IsNamed(pt, "github.com/labstack/echo/v4", "Context") ||
		model.IsNamed(pt, "github.com/labstack/echo/v5", "Context")
}

// message renders a finding:
//
//	handler upload leaves a temporary file (os.CreateTemp) behind: …
//	handler upload parses a multipart form (FormFile) on a request copied by a chi router without RemoveAll: …
func message(f *statewrite.Finding) string {
	e := &f.Effect
	plural := statewrite.Plural(f)
	var b strings.Builder
	b.WriteString(statewrite.Subject(f))
	b.WriteString(" ")
	note := statewrite.RemoteNote(f, "file")
	switch {
	case e.Kind == effects.Multipart:
		fmt.Fprintf(&b, "%s a multipart form (%s) on %s without RemoveAll%s", statewrite.Verb("parses", plural), e.Subject, f.What, statewrite.RemoteNote(f, "parse"))
		b.WriteString(": net/http removes spill files only for the request it passed in, so each upload over the memory limit stays in this instance's temp dir; defer r.MultipartForm.RemoveAll() once the form is parsed")
	case e.Escape != "":
		fmt.Fprintf(&b, "%s the name of a %s (%s) escape the request, %s%s", statewrite.Verb("lets", plural), e.Noun, e.Subject, e.Escape, note)
		b.WriteString(": it exists only on this instance, so a later request served by another cannot find it; keep it in object storage")
	default:
		fmt.Fprintf(&b, "%s a %s (%s) behind%s", statewrite.Verb("leaves", plural), e.Noun, e.Subject, note)
		remove := "defer os.Remove(f.Name())"
		if e.Noun == "temporary directory" {
			remove = "defer os.RemoveAll(dir)"
		}
		fmt.Fprintf(&b, ": it fills this instance's disk and no other instance can see it; remove it before returning (%s) or stream to object storage", remove)
	}
	return b.String()
}
