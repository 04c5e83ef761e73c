// Package statewrite turns the effects reached from request handlers into
// diagnostics. The globalstate and fieldstate analyzers share it and differ
// only in which writes they select.
package statewrite

import (
	"fmt"
	"go/token"
	"path/filepath"
	"slices"
	"sort"
	"strings"

	"golang.org/x/tools/go/analysis"

	"github.com/statecheck/statecheck/analyzers/internal/effects"
	"github.com/statecheck/statecheck/analyzers/internal/entry"
	"github.com/statecheck/statecheck/analyzers/internal/report"
)

// Select decides whether an effect reached from handler h is the check's
// business, and if so describes its target ("package-level map sessions").
type Select func(pass *analysis.Pass, res *entry.Result, h *entry.Handler, e *effects.Effect) (what string, ok bool)

// Options are the settings the two analyzers share.
type Options struct {
	// Connections also reports connection-oriented state: registries of
	// websocket connections or channels, which cannot move to a shared
	// store and belong to whichever instance holds the connection.
	Connections bool
}

// finding is one reported write, with every handler that reaches it. A
// finding for writes in another package merges every write to the same
// long-lived object reached from this package, so one piece of state
// deep in a library of the user's is reported once per package, at the
// first call that leads to it, not at every call.
type finding struct {
	pos      token.Pos
	effect   effects.Effect
	what     string
	handlers []string
	writes   []string           // distinct write positions merged in
	sites    map[token.Pos]bool // distinct call sites merged in
}

// merge adds an occurrence of the finding: the effect e, reported at pos.
func (f *finding) merge(pos token.Pos, e *effects.Effect, what string) {
	if !slices.Contains(f.writes, e.Posn) {
		f.writes = append(f.writes, e.Posn)
	}
	f.sites[pos] = true
	if pos < f.pos || pos == f.pos && e.Posn < f.effect.Posn {
		f.pos, f.effect, f.what = pos, *e, what
	}
}

// objectKey identifies the long-lived object a remote write belongs to:
// its root and first selector (the global, or the receiver's field).
func objectKey(e *effects.Effect) string {
	t := &e.Target
	first := ""
	if len(t.Path) > 0 {
		first = t.Path[0]
	}
	return fmt.Sprintf("remote|%d|%d|%s.%s|%s", t.Root, t.Index, t.PkgPath, t.Name, first)
}

// Run reports the selected writes reached from the package's handlers.
func Run(pass *analysis.Pass, opts Options, sel Select) {
	handlers := pass.ResultOf[entry.Analyzer].(*entry.Result)
	summaries := pass.ResultOf[effects.Analyzer].(*effects.Result)
	r := report.New(pass)
	defer r.Finish()

	byKey := map[string]*finding{}
	for _, h := range handlers.Handlers {
		var effs []effects.Effect
		var name string
		if h.Fn != nil {
			effs = summaries.Of(h.Fn)
			name = effects.DisplayName(h.Fn, pass.Pkg)
		} else {
			effs = summaries.Imported(h.Func)
			name = effects.DisplayObject(h.Func, pass.Pkg)
		}
		for i := range effs {
			e := &effs[i]
			if e.Conn && !opts.Connections {
				continue
			}
			what, ok := sel(pass, handlers, h, e)
			if !ok {
				continue
			}
			pos := e.Pos()
			if h.Fn == nil {
				pos = h.Site
			}
			key := fmt.Sprintf("%d|%s|%d", pos, what, e.Kind)
			if e.Remote() {
				key = objectKey(e)
			}
			f := byKey[key]
			if f == nil {
				f = &finding{pos: pos, effect: *e, what: what, sites: map[token.Pos]bool{}}
				byKey[key] = f
			}
			f.merge(pos, e, what)
			if !slices.Contains(f.handlers, name) {
				f.handlers = append(f.handlers, name)
			}
		}
	}

	findings := make([]*finding, 0, len(byKey))
	for _, f := range byKey {
		findings = append(findings, f)
	}
	sort.Slice(findings, func(i, j int) bool {
		if findings[i].pos != findings[j].pos {
			return findings[i].pos < findings[j].pos
		}
		return findings[i].what < findings[j].what
	})
	for _, f := range findings {
		d := analysis.Diagnostic{Pos: f.pos, Message: message(f, pass.Fset)}
		if f.effect.Remote() {
			for _, w := range f.writes {
				if rp := report.Position(pass.Fset, w); rp.IsValid() {
					d.Related = append(d.Related, analysis.RelatedInformation{Pos: rp, Message: "a write"})
				}
			}
		}
		r.Report(d)
	}
}

// message renders a finding:
//
//	handler login → store.Save writes package-level map store.sessions (store.go:42): state kept in one instance's memory
func message(f *finding, fset *token.FileSet) string {
	var b strings.Builder
	b.WriteString(handlerList(f.handlers))
	for _, c := range shortChain(f.effect.Chain) {
		b.WriteString(" → ")
		b.WriteString(c)
	}
	b.WriteString(" ")
	e := &f.effect
	if e.Limiter {
		fmt.Fprintf(&b, "stores a per-client rate limiter in %s", f.what)
	} else {
		fmt.Fprintf(&b, "%s %s", verb(e.Verb(), len(f.handlers) > 1 && len(e.Chain) == 0), f.what)
	}
	if e.Remote() {
		fmt.Fprintf(&b, " (%s)", shortPosn(e.Posn))
		if n := len(f.writes) - 1; n > 0 {
			fmt.Fprintf(&b, " and %d more %s", n, plural(n, "write", "writes"))
		}
		if n := len(f.sites) - 1; n > 0 {
			fmt.Fprintf(&b, ", also reached from %d other %s", n, plural(n, "call", "calls"))
		}
	}
	if e.Limiter {
		b.WriteString(": each instance counts alone, so N instances allow N× the limit")
	} else {
		b.WriteString(": state kept in one instance's memory is lost on restart and unseen by other instances")
	}
	return b.String()
}

// shortChain keeps a long call chain readable: the first two calls, which
// are in this package, and the last, which makes the write.
func shortChain(chain []string) []string {
	if len(chain) <= 4 {
		return chain
	}
	last := chain[len(chain)-1]
	if last == "…" {
		last = chain[len(chain)-2]
	}
	return []string{chain[0], chain[1], "…", last}
}

func plural(n int, one, many string) string {
	if n == 1 {
		return one
	}
	return many
}

// verb turns "writes" into "write" for a plural subject.
func verb(v string, plural bool) string {
	if !plural {
		return v
	}
	first, rest, _ := strings.Cut(v, " ")
	first = strings.TrimSuffix(first, "s")
	if rest != "" {
		return first + " " + rest
	}
	return first
}

// handlerList names the handlers that reach a write: "handler login",
// "handlers login and logout", "handlers a, b and 3 more".
func handlerList(names []string) string {
	switch len(names) {
	case 1:
		return "handler " + names[0]
	case 2:
		return "handlers " + names[0] + " and " + names[1]
	case 3:
		return "handlers " + names[0] + ", " + names[1] + " and " + names[2]
	}
	return fmt.Sprintf("handlers %s, %s and %d more", names[0], names[1], len(names)-2)
}

// shortPosn keeps the file's base name and line of a "file:line:col"
// position: enough to find it, short enough for a message.
func shortPosn(posn string) string {
	file, line := report.SplitPosn(posn)
	if file == "" {
		return posn
	}
	return fmt.Sprintf("%s:%d", filepath.Base(file), line)
}
