package shutdown

import (
	_ "embed"
	"fmt"
	"go/ast"
	"go/token"
	"go/types"
	"slices"
	"strings"

	"golang.org/x/tools/go/analysis"

	"github.com/statecheck/statecheck/analyzers/internal/doc"
	"github.com/statecheck/statecheck/analyzers/internal/lintkit"
	"github.com/statecheck/statecheck/analyzers/internal/report"
	"github.com/statecheck/statecheck/analyzers/internal/scope"
)

//go:embed doc.go
var docText string

const name = "shutdown"

// Analyzer reports programs whose main serves HTTP or gRPC with no
// graceful stop on SIGTERM.
var Analyzer = &analysis.Analyzer{
	Name:      name,
	Doc:       doc.MustExtract(docText, name),
	URL:       doc.URL(name),
	FactTypes: []analysis.Fact{new(serveFact), new(initFact)},
	Run:       run,
}

// analyzerRun holds one package's state.
type analyzerRun struct {
	pass    *analysis.Pass
	decls   map[*types.Func]*ast.FuncDecl
	direct  map[*types.Func]*walker
	result  map[*types.Func]*localSummary
	facts   map[*types.Func]*localSummary // imported, memoized
	initW   *walker                       // package initialization
	initSum *localSummary
	files   map[string]*token.File // the file set's files by name, for related information
	// notifyWithoutTerm lists signal.Notify and NotifyContext calls of
	// this package that do not listen for SIGTERM, for the fix.
	notifyWithoutTerm []*ast.CallExpr
}

func run(pass *analysis.Pass) (any, error) {
	if scope.Std(pass) {
		// The standard library serves nothing by itself; its servers
		// are matched by identity where they are called.
		return nil, nil
	}
	if inert(pass) {
		return nil, nil
	}
	a := &analyzerRun{
		pass:   pass,
		decls:  map[*types.Func]*ast.FuncDecl{},
		direct: map[*types.Func]*walker{},
		result: map[*types.Func]*localSummary{},
		facts:  map[*types.Func]*localSummary{},
		initW:  &walker{sum: &localSummary{}},
	}
	a.initW.a = a
	r := report.New(pass)
	defer r.Finish()
	a.summarize()
	a.exportFacts()
	if pass.Pkg.Name() == "main" {
		a.checkMain(r)
	}
	return nil, nil
}

// inert reports whether the package can have nothing to summarize: it
// imports none of the packages whose functions serve, stop or listen for
// signals, and no package it imports exported a summary. Most
// dependencies are inert, and skipping their walk is most of this
// analyzer's cost on a module's dependencies.
func inert(pass *analysis.Pass) bool {
	for _, imp := range pass.Pkg.Imports() {
		if WatchesImport(imp.Path()) {
			return false
		}
	}
	return len(pass.AllObjectFacts()) == 0 && len(pass.AllPackageFacts()) == 0
}

// WatchesImport reports whether a package importing path may get facts
// from this analyzer even when none of its imports has any: path serves,
// stops a server or listens for signals. Drivers use it, with KnownName,
// to tell which dependencies they need not analyze (package analyzers,
// FactFree).
func WatchesImport(path string) bool {
	switch path {
	case "os/signal", netHTTP, ginPath, echoV4, fiberV2, fiberV3, grpc:
		return true
	}
	return false
}

// summarize walks every function of the package (test files excepted:
// servers in tests are fixtures) and the package's initialization, then
// composes the summaries along references until nothing changes.
func (a *analyzerRun) summarize() {
	info := a.pass.TypesInfo
	for _, f := range a.pass.Files {
		if strings.HasSuffix(a.pass.Fset.File(f.Pos()).Name(), "_test.go") {
			continue
		}
		for _, d := range f.Decls {
			switch d := d.(type) {
			case *ast.FuncDecl:
				fn, ok := info.Defs[d.Name].(*types.Func)
				if !ok || d.Body == nil {
					continue
				}
				a.decls[fn] = d
				w := &walker{a: a, sum: &localSummary{}}
				w.walk(d.Body)
				a.direct[fn] = w
				if d.Recv == nil && d.Name.Name == "init" {
					a.initW.edges = append(a.initW.edges, edge{callee: fn, pos: d.Name.Pos(), end: d.Name.End()})
				}
			case *ast.GenDecl:
				if d.Tok == token.VAR {
					a.initW.walk(d)
				}
			}
		}
	}
	for fn, w := range a.direct {
		a.result[fn] = clone(w.sum)
	}
	a.initSum = clone(a.initW.sum)
	for grew := true; grew; {
		grew = false
		for fn, w := range a.direct {
			grew = a.compose(a.result[fn], w.edges) || grew
		}
		grew = a.compose(a.initSum, a.initW.edges) || grew
	}
}

func clone(s *localSummary) *localSummary {
	return &localSummary{serves: slices.Clone(s.serves), stops: slices.Clone(s.stops), sigTerm: s.sigTerm, sigOther: s.sigOther,
		termAt: s.termAt, otherAt: s.otherAt}
}

// compose merges into sum the summaries of the functions edges refer to.
func (a *analyzerRun) compose(sum *localSummary, edges []edge) bool {
	grew := false
	for _, e := range edges {
		callee := a.summaryOf(e.callee)
		if callee == nil {
			continue
		}
		grew = sum.merge(callee, a.funcName(e.callee), e.pos, e.end, e.background) || grew
	}
	return grew
}

// summaryOf returns the summary of fn: computed here for a function of
// this package, imported from its fact otherwise.
func (a *analyzerRun) summaryOf(fn *types.Func) *localSummary {
	if s, ok := a.result[fn]; ok {
		return s
	}
	if s, ok := a.facts[fn]; ok {
		return s
	}
	var f serveFact
	var s *localSummary
	if fn.Pkg() != a.pass.Pkg && a.pass.ImportObjectFact(fn, &f) {
		s = imported(f.Summary)
	}
	a.facts[fn] = s
	return s
}

// funcName names a function in a chain: name, Type.name, or with the
// package name for other packages.
func (a *analyzerRun) funcName(fn *types.Func) string {
	n := fn.Name()
	if r := lintkit.RecvName(fn); r != "" {
		n = r + "." + n
	}
	if fn.Pkg() != nil && fn.Pkg() != a.pass.Pkg {
		n = fn.Pkg().Name() + "." + n
	}
	return n
}

// exportFacts publishes the summaries other packages may need: those of
// exported functions and methods, and of the package's initialization.
// A main package is imported by no one.
func (a *analyzerRun) exportFacts() {
	if a.pass.Pkg.Name() == "main" {
		return
	}
	for fn, s := range a.result {
		if fn.Exported() && !s.empty() {
			a.pass.ExportObjectFact(fn, &serveFact{Summary: s.exported()})
		}
	}
	if !a.initSum.empty() {
		a.pass.ExportPackageFact(&initFact{Summary: a.initSum.exported()})
	}
}

// checkMain reports each server reachable from main, from this package's
// initialization or from the initialization of an imported package, that
// has no graceful stop triggered by SIGTERM.
func (a *analyzerRun) checkMain(r *report.Reporter) {
	mainFn, ok := a.pass.Pkg.Scope().Lookup("main").(*types.Func)
	if !ok || a.result[mainFn] == nil {
		return
	}
	at := a.decls[mainFn].Name
	reach := clone(a.result[mainFn])
	reach.merge(a.initSum, "initialization", at.Pos(), at.End(), false)
	for _, pf := range a.pass.AllPackageFacts() {
		if f, ok := pf.Fact.(*initFact); ok && pf.Package != a.pass.Pkg {
			reach.merge(imported(f.Summary), "initialization of "+pf.Package.Path(), at.Pos(), at.End(), false)
		}
	}
	fixed := false
	seen := map[string]bool{}
	for _, s := range alternatives(reach.serves) {
		msg := a.verdict(s.Serve, reach)
		// One finding per server start: the same call reached along two
		// chains, or from two places in main, is one server to fix.
		key := fmt.Sprint(s.At)
		if !s.At.valid() {
			key = fmt.Sprint(s.pos, msg)
		}
		if msg == "" || seen[key] {
			continue
		}
		seen[key] = true
		d := analysis.Diagnostic{Pos: s.pos, End: s.end, Message: msg}
		a.pointAtServer(&d, s, reach)
		if reach.sigOther && !reach.sigTerm && !fixed {
			if fix := a.sigtermFix(); fix != nil {
				d.SuggestedFixes = []analysis.SuggestedFix{*fix}
				fixed = true
			}
		}
		r.Report(d)
	}
}

// pointAtServer completes the finding for a server started away from the
// line reported (in another package, or a helper): the message names the
// call that starts the server and the signal handling found, or says there
// is none, and related information points at both, so that the finding in
// main leads to the lines to change.
func (a *analyzerRun) pointAtServer(d *analysis.Diagnostic, s local, reach *localSummary) {
	if !s.At.valid() || s.At == a.site(s.pos) {
		return
	}
	d.Message += "; the server starts at " + s.At.short()
	a.related(d, s.At, "the server starts here")
	switch {
	case reach.termAt.valid():
		d.Message += ", SIGTERM is handled at " + reach.termAt.short()
		a.related(d, reach.termAt, "SIGTERM is handled here")
	case reach.otherAt.valid():
		d.Message += ", signals other than SIGTERM are handled at " + reach.otherAt.short()
		a.related(d, reach.otherAt, "signals other than SIGTERM are handled here")
	default:
		d.Message += ", and no signal handling is reachable from main"
	}
}

// related adds related information at site when the file is in the file
// set: always for source-loaded packages, and for a package read from
// export data when its declarations reach that file.
func (a *analyzerRun) related(d *analysis.Diagnostic, site Site, msg string) {
	if pos := a.pos(site); pos.IsValid() {
		d.Related = append(d.Related, analysis.RelatedInformation{Pos: pos, End: pos, Message: msg})
	}
}

// site returns the file and line of pos, as the file is written.
func (a *analyzerRun) site(pos token.Pos) Site {
	p := a.pass.Fset.PositionFor(pos, false)
	if !p.IsValid() {
		return Site{}
	}
	return Site{File: p.Filename, Line: p.Line}
}

// pos returns the start of the line site names, or NoPos when no file of
// the file set has that name.
func (a *analyzerRun) pos(site Site) token.Pos {
	if a.files == nil {
		a.files = map[string]*token.File{}
		a.pass.Fset.Iterate(func(f *token.File) bool {
			a.files[f.Name()] = f
			return true
		})
	}
	f := a.files[site.File]
	if f == nil || site.Line < 1 || site.Line > f.LineCount() {
		return token.NoPos
	}
	return f.LineStart(site.Line)
}

// alternatives merges the servers reached through the same call that stop
// the same way, as a library's Start that serves with TLS or without: one
// server to stop, reported once, its calls joined with "or".
func alternatives(serves []local) []local {
	var merged []local
	for _, s := range serves {
		i := slices.IndexFunc(merged, func(m local) bool {
			return m.pos == s.pos && m.Kind == s.Kind && m.Background == s.Background &&
				m.Plain == s.Plain && slices.Equal(m.Via, s.Via) && m.At.File == s.At.File
		})
		if i < 0 {
			merged = append(merged, s)
			continue
		}
		merged[i].What += " or " + s.What
	}
	return merged
}

// stopNames says how each kind of server stops gracefully.
var stopNames = map[string]string{
	"http":  "Shutdown",
	"echo":  "Shutdown",
	"fiber": "ShutdownWithContext",
	"grpc":  "GracefulStop",
}

// verdict returns the message for a server that does not stop gracefully
// on SIGTERM, or "".
func (a *analyzerRun) verdict(s Serve, reach *localSummary) string {
	what := s.What
	if len(s.Via) > 0 {
		what += " (via " + strings.Join(s.Via, " → ") + ")"
	}
	graceful := func(kind string) bool {
		return slices.Contains(reach.stops, kind) || (kind == "echo" && slices.Contains(reach.stops, "http"))
	}
	switch {
	case s.Kind == "" && s.Plain && s.Background && reach.sigTerm && len(reach.stops) > 0:
		return "" // a side listener (pprof, metrics) of a service that stops gracefully
	case s.Kind == "" && s.Plain:
		return what + " cannot stop gracefully: on SIGTERM in-flight requests are cut off; serve with an http.Server and call its Shutdown when signal.NotifyContext(ctx, syscall.SIGTERM) is done"
	case s.Kind == "":
		return what + " cannot stop gracefully: on SIGTERM in-flight requests are cut off; serve the engine as the Handler of an http.Server and call its Shutdown when signal.NotifyContext(ctx, syscall.SIGTERM) is done"
	case s.Kind == "grpc" && !graceful("grpc") && len(reach.stops) > 0:
		return what + " has no GracefulStop, though the HTTP server beside it shuts down gracefully: on SIGTERM in-flight RPCs are cut off; call GracefulStop on the gRPC server too when signal.NotifyContext(ctx, syscall.SIGTERM) is done"
	case !graceful(s.Kind):
		return fmt.Sprintf("%s has no %s: on SIGTERM in-flight requests are cut off; call %s when signal.NotifyContext(ctx, syscall.SIGTERM) is done",
			what, stopNames[s.Kind], stopNames[s.Kind])
	case !reach.sigTerm && reach.sigOther:
		return what + " stops gracefully only on signals other than SIGTERM, which orchestrators send to stop an instance; add syscall.SIGTERM to signal.Notify"
	case !reach.sigTerm:
		return fmt.Sprintf("%s has %s but no signal triggers it: on SIGTERM in-flight requests are cut off; call it when signal.NotifyContext(ctx, syscall.SIGTERM) is done",
			what, stopNames[s.Kind])
	}
	return ""
}
