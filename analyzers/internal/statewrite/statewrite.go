// Package statewrite turns the effects reached from request handlers into
// diagnostics. The globalstate and fieldstate analyzers share it and differ
// only in which writes they select.
package statewrite

import (
	"fmt"
	"go/token"
	"path/filepath"
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

// finding is one reported write, with every handler that reaches it.
type finding struct {
	pos      token.Pos
	effect   effects.Effect
	what     string
	handlers []string
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
			f := byKey[key]
			if f == nil {
				f = &finding{pos: pos, effect: *e, what: what}
				byKey[key] = f
			}
			if !containsString(f.handlers, name) {
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
		if f.effect.Remote() || f.pos != f.effect.Pos() {
			if rp := report.Position(pass.Fset, f.effect.Posn); rp.IsValid() {
				d.Related = []analysis.RelatedInformation{{Pos: rp, Message: "the write"}}
			}
		}
		r.Report(d)
	}
}

func containsString(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}

// message renders a finding:
//
//	handler login → store.Save writes package-level map store.sessions (store.go:42): state kept in one instance's memory
func message(f *finding, fset *token.FileSet) string {
	var b strings.Builder
	b.WriteString(handlerList(f.handlers))
	for _, c := range f.effect.Chain {
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
	}
	if e.Limiter {
		b.WriteString(": each instance counts alone, so N instances allow N× the limit")
	} else {
		b.WriteString(": state kept in one instance's memory is lost on restart and unseen by other instances")
	}
	return b.String()
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
