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
	"github.com/statecheck/statecheck/analyzers/internal/model"
	"github.com/statecheck/statecheck/analyzers/internal/report"
	"github.com/statecheck/statecheck/internal/failure"
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

// Finding is one reported effect, with every handler that reaches it. A
// finding for effects in another package merges every occurrence with the
// same key reached from this package, so one piece of state deep in a
// library of the user's is reported once per package, at the first call
// that leads to it, not at every call.
type Finding struct {
	// Pos is where to report: the effect itself, the call in this package
	// that leads to it, or the registration of a handler of another package.
	Pos token.Pos
	// Effect is the occurrence reported at Pos.
	Effect effects.Effect
	// What is the selector's description of the effect's object.
	What string
	// Handlers names the handlers that reach the effect, first seen first.
	Handlers []string
	// Writes are the distinct positions, in other packages, of the
	// occurrences merged in.
	Writes []string
	// Sites are the distinct positions in this package merged in.
	Sites map[token.Pos]bool
	// writeText says what the occurrence at each of Writes does, for
	// related information: "deletes from package-level map store.sessions".
	writeText map[string]string
	// entries are the handlers at the start of the request paths that
	// reach the effect through an interface, for related information:
	// the finding is reported where the implementation is wired.
	entries []entryInfo
	// objects are the distinct objects written, as named in messages
	// ("ModelRatio", "s.carts"), first seen first, with the root of each.
	objects []object
}

type entryInfo struct{ posn, text string }

// addEntry records the handler at the start of h's request path when h
// is an implementation reached through an interface.
func (f *Finding) addEntry(h *entry.Handler) {
	if h.EntryPosn == "" {
		return
	}
	e := entryInfo{h.EntryPosn, h.EntryText}
	if !slices.Contains(f.entries, e) {
		f.entries = append(f.entries, e)
	}
}

// object is one long-lived object a state finding writes.
type object struct {
	name string
	root effects.Root
}

// addObject records the object an occurrence writes.
func (f *Finding) addObject(name string, root effects.Root) {
	for _, o := range f.objects {
		if o.name == name {
			return
		}
	}
	f.objects = append(f.objects, object{name, root})
}

// merge adds an occurrence of the finding: the effect e, reported at pos.
func (f *Finding) merge(pos token.Pos, e *effects.Effect, what string) {
	if !slices.Contains(f.Writes, e.Posn) {
		f.Writes = append(f.Writes, e.Posn)
		if f.writeText == nil {
			f.writeText = map[string]string{}
		}
		f.writeText[e.Posn] = action(e, what, false)
	}
	f.Sites[pos] = true
	switch {
	case pos < f.Pos, pos == f.Pos && e.Posn < f.Effect.Posn:
		f.Pos, f.Effect, f.What = pos, *e, what
	case pos == f.Pos && e.Posn == f.Effect.Posn && len(e.Chain) < len(f.Effect.Chain):
		// The same effect reached more directly: name the shorter chain.
		f.Effect = *e
	}
}

// Related points at the handlers that reach the finding through an
// interface, then at the remote positions merged into a remote finding,
// each labelled label.
func (f *Finding) Related(fset *token.FileSet, label string) []analysis.RelatedInformation {
	return f.related(fset, func(string) string { return label })
}

// relatedWrites is Related for state writes: each position labelled with
// what its write does to which object, in the words of the message.
func (f *Finding) relatedWrites(fset *token.FileSet) []analysis.RelatedInformation {
	return f.related(fset, func(posn string) string {
		if text := f.writeText[posn]; text != "" {
			return text
		}
		return "writes " + f.What
	})
}

func (f *Finding) related(fset *token.FileSet, label func(posn string) string) []analysis.RelatedInformation {
	var rel []analysis.RelatedInformation
	for _, e := range f.entries {
		if rp := report.Position(fset, e.posn); rp.IsValid() {
			rel = append(rel, analysis.RelatedInformation{Pos: rp, Message: e.text})
		}
	}
	if !f.Effect.Remote() {
		return rel
	}
	for _, w := range f.Writes {
		if rp := report.Position(fset, w); rp.IsValid() {
			rel = append(rel, analysis.RelatedInformation{Pos: rp, Message: label(w)})
		}
	}
	return rel
}

// stateKey groups state writes: one finding per writing function, not per
// statement. An admin handler whose switch updates 32 settings is one
// finding that names them, at its first write, with related information
// at each; a helper that several handlers call is one finding naming
// them all, at the helper's first write (in this package) or at the first
// call that leads to it (in another). The writing function is the last
// of the chain, or the handler itself when it writes directly. Rate
// limiters stay apart: their hazard, and their message, differ.
func stateKey(handler string) Key {
	return func(pos token.Pos, e *effects.Effect, what string) string {
		writer := handler
		if n := len(e.Chain); n > 0 {
			writer = e.Chain[n-1]
		}
		return fmt.Sprintf("%t|%t|%s", e.Remote(), e.Limiter, writer)
	}
}

// Key groups the occurrences of effects into findings: occurrences with
// the same key are one finding.
type Key func(pos token.Pos, e *effects.Effect, what string) string

// Run reports the selected state writes reached from the package's
// handlers.
func Run(pass *analysis.Pass, opts Options, sel Select) {
	r := report.New(pass)
	defer r.Finish()
	state := func(pass *analysis.Pass, res *entry.Result, h *entry.Handler, e *effects.Effect) (string, bool) {
		if e.Kind.Resource() || e.Conn && !opts.Connections {
			return "", false
		}
		what, ok := sel(pass, res, h, e)
		if !ok {
			return "", false
		}
		pos := e.Pos()
		if h.Fn == nil {
			pos = h.Site
		}
		if r.Ignored(pos) {
			return "", false
		}
		return what, true
	}
	findings := collect(pass, state, nil, stateKey)
	more := droppedNotes(pass, findings)
	for _, f := range findings {
		msg := message(f)
		if n := more[f]; n > 0 {
			msg += fmt.Sprintf(" (and %d more %s past the limit of %d per function)", n, plural(n, "write", "writes"), effects.MaxEffects)
		}
		r.Report(analysis.Diagnostic{
			Pos:     f.Pos,
			Message: msg,
			Related: f.relatedState(pass.Fset),
		})
	}
}

// droppedNotes finds, for each handler whose summary had no room for
// some of its state writes, the last of the findings it reaches, and
// counts the writes dropped there: the reader learns that the list goes
// on, and how far, rather than nothing.
func droppedNotes(pass *analysis.Pass, findings []*Finding) map[*Finding]int {
	handlers := pass.ResultOf[entry.Analyzer].(*entry.Result)
	summaries := pass.ResultOf[effects.Analyzer].(*effects.Result)
	notes := map[*Finding]int{}
	counted := map[string]bool{}
	for _, h := range handlers.Handlers {
		var n int
		var name string
		if h.Fn != nil {
			n = summaries.DroppedOf(h.Fn).Writes
			name = effects.DisplayName(h.Fn, pass.Pkg)
		} else {
			n = summaries.ImportedDropped(h.Func).Writes
			name = effects.DisplayObject(h.Func, pass.Pkg)
		}
		if n == 0 || counted[name] {
			continue
		}
		counted[name] = true
		var last *Finding
		for _, f := range findings { // in order of position
			if slices.Contains(f.Handlers, name) {
				last = f
			}
		}
		if last != nil {
			notes[last] += n
		}
	}
	return notes
}

// Collect gathers the selected effects reached from the package's
// handlers into findings grouped by key, in order of position.
func Collect(pass *analysis.Pass, sel Select, key Key) []*Finding {
	return collect(pass, sel, key, nil)
}

// collect is Collect with a key that may depend on the handler's name.
func collect(pass *analysis.Pass, sel Select, key Key, handlerKey func(handler string) Key) []*Finding {
	handlers := pass.ResultOf[entry.Analyzer].(*entry.Result)
	summaries := pass.ResultOf[effects.Analyzer].(*effects.Result)
	byKey := map[string]*Finding{}
	for _, h := range handlers.Handlers {
		// A panic while this handler's effects are read or selected
		// names the handler.
		at := h.Site
		if h.Fn != nil {
			at = h.Fn.Pos()
		}
		done := failure.At(pass, at)
		var effs []effects.Effect
		switch {
		case h.Fn != nil:
			effs = summaries.Of(h.Fn)
		case h.ImplMethod != "":
			effs = summaries.FactoryImpl(h.Func, h.ImplType, h.ImplMethod)
		default:
			effs = summaries.Imported(h.Func)
		}
		name := h.Name(pass.Pkg)
		if handlerKey != nil {
			key = handlerKey(name)
		}
		for i := range effs {
			e := &effs[i]
			what, ok := sel(pass, handlers, h, e)
			if !ok {
				continue
			}
			pos := e.Pos()
			if h.Fn == nil {
				pos = h.Site
			}
			k := key(pos, e, what)
			f := byKey[k]
			if f == nil {
				f = &Finding{Pos: pos, Effect: *e, What: what, Sites: map[token.Pos]bool{}}
				byKey[k] = f
			}
			f.merge(pos, e, what)
			f.addEntry(h)
			f.addObject(objectName(e.Target, pass.Pkg.Path()), e.Target.Root)
			if !slices.Contains(f.Handlers, name) {
				f.Handlers = append(f.Handlers, name)
			}
		}
		done()
	}
	findings := make([]*Finding, 0, len(byKey))
	for _, f := range byKey {
		findings = append(findings, f)
	}
	sort.Slice(findings, func(i, j int) bool {
		if findings[i].Pos != findings[j].Pos {
			return findings[i].Pos < findings[j].Pos
		}
		return findings[i].What < findings[j].What
	})
	return findings
}

// message renders a finding:
//
//	handler login → store.Save writes package-level map store.sessions (store.go:42): state kept in one instance's memory
func message(f *Finding) string {
	var b strings.Builder
	b.WriteString(Subject(f))
	b.WriteString(" ")
	e := &f.Effect
	if len(f.objects) > 1 {
		b.WriteString(Verb("writes", Plural(f)))
		b.WriteString(" ")
		b.WriteString(objectList(f.objects))
	} else {
		b.WriteString(action(e, f.What, Plural(f)))
	}
	if len(f.objects) > 1 {
		b.WriteString(whereObjects(f))
	} else {
		b.WriteString(Where(f, "write"))
	}
	switch {
	case e.Limiter:
		b.WriteString(": each instance counts alone, so N instances allow N× the limit")
	case f.writesCache():
		b.WriteString(": state kept in one instance's memory is lost on restart and unseen by other instances; ")
		b.WriteString(model.CacheAlternative)
	default:
		b.WriteString(": state kept in one instance's memory is lost on restart and unseen by other instances")
	}
	return b.String()
}

// objectName names the long-lived object a write changes, for the list
// of a finding that writes several: the target up to its first element
// selector, so that h.subs and h.subs[…] are one object.
func objectName(t effects.Target, pkgPath string) string {
	if i := slices.Index(t.Path, "[]"); i >= 0 {
		t.Path = t.Path[:i]
	}
	return t.Dotted(pkgPath)
}

// maxListed is how many objects a message names before it counts the rest.
const maxListed = 6

// objectList names the objects of a finding that writes several:
// "32 package-level variables: ModelRatio, GroupRatio, … and 26 more".
func objectList(objs []object) string {
	noun := "long-lived objects"
	same := true
	for _, o := range objs[1:] {
		same = same && o.root == objs[0].root
	}
	if same {
		switch objs[0].root {
		case effects.Global:
			noun = "package-level variables"
		case effects.Param:
			noun = "fields of the long-lived receiver"
		case effects.FreeVar:
			noun = "captured variables"
		}
	}
	names := make([]string, 0, maxListed)
	for i, o := range objs {
		if i == maxListed {
			break
		}
		names = append(names, o.name)
	}
	list := strings.Join(names, ", ")
	if n := len(objs) - len(names); n > 0 {
		list += fmt.Sprintf(" and %d more", n)
	}
	return fmt.Sprintf("%d %s: %s", len(objs), noun, list)
}

// writesCache reports whether any write of the finding goes into an
// in-process cache library, whose message suggests the shared alternative.
func (f *Finding) writesCache() bool {
	if f.Effect.Noun == model.CacheNoun {
		return true
	}
	for _, t := range f.writeText {
		if strings.Contains(t, model.CacheNoun) {
			return true
		}
	}
	return false
}

// relatedState points at each write merged into a state finding, labelled
// with what it does: every remote write, and the writes in this package
// when there are several.
func (f *Finding) relatedState(fset *token.FileSet) []analysis.RelatedInformation {
	if f.Effect.Remote() {
		return f.relatedWrites(fset)
	}
	if len(f.Writes) < 2 {
		return nil
	}
	var rel []analysis.RelatedInformation
	for _, w := range f.Writes {
		if rp := report.Position(fset, w); rp.IsValid() {
			rel = append(rel, analysis.RelatedInformation{Pos: rp, Message: f.writeText[w]})
		}
	}
	return rel
}

// action says what a state write does to the object what describes:
// "writes package-level map sessions", "stores a per-client rate limiter
// in map s.limits of the long-lived receiver".
func action(e *effects.Effect, what string, plural bool) string {
	if e.Limiter {
		return fmt.Sprintf("%s a per-client rate limiter in %s", Verb("stores", plural), what)
	}
	return fmt.Sprintf("%s %s", Verb(e.Verb(), plural), what)
}

// Subject names who reaches a finding's effect, for the start of a
// message: "handler login → store.Save", "handlers a and b".
func Subject(f *Finding) string {
	var b strings.Builder
	b.WriteString(handlerList(f.Handlers))
	for _, c := range shortChain(f.Effect.Chain) {
		b.WriteString(" → ")
		b.WriteString(c)
	}
	return b.String()
}

// Plural reports whether the verb after Subject takes a plural subject:
// several handlers reach the effect directly.
func Plural(f *Finding) bool {
	return len(f.Handlers) > 1 && len(f.Effect.Chain) == 0
}

// Where says where a remote finding's effect lies and how many
// occurrences were merged into it: " (store.go:42) and 2 more writes, also
// reached from 1 other call"; "" for an effect in this package. noun
// names one occurrence.
func Where(f *Finding, noun string) string {
	e := &f.Effect
	if !e.Remote() {
		return ""
	}
	var b strings.Builder
	fmt.Fprintf(&b, " (%s)", ShortPosn(e.Posn))
	if n := len(f.Writes) - 1; n > 0 {
		fmt.Fprintf(&b, " and %d more %s", n, plural(n, noun, noun+"s"))
	}
	if n := len(f.Sites) - 1; n > 0 {
		fmt.Fprintf(&b, ", also reached from %d other %s", n, plural(n, "call", "calls"))
	}
	return b.String()
}

// whereObjects is Where for a finding that names several objects, whose
// count already says how many writes there are: " (option.go:122), also
// reached from 2 other calls".
func whereObjects(f *Finding) string {
	e := &f.Effect
	if !e.Remote() {
		return ""
	}
	w := fmt.Sprintf(" (%s)", ShortPosn(e.Posn))
	if n := len(f.Sites) - 1; n > 0 {
		w += fmt.Sprintf(", also reached from %d other %s", n, plural(n, "call", "calls"))
	}
	return w
}

// RemoteNote is Where as one parenthesis, for messages that go on after
// it: " (jobs.go:13, also reached from 2 other calls)"; "" for an effect
// in this package.
func RemoteNote(f *Finding, noun string) string {
	e := &f.Effect
	if !e.Remote() {
		return ""
	}
	parts := []string{ShortPosn(e.Posn)}
	if n := len(f.Writes) - 1; n > 0 {
		parts[0] += fmt.Sprintf(" and %d more %s", n, plural(n, noun, noun+"s"))
	}
	if n := len(f.Sites) - 1; n > 0 {
		parts = append(parts, fmt.Sprintf("also reached from %d other %s", n, plural(n, "call", "calls")))
	}
	return " (" + strings.Join(parts, ", ") + ")"
}

// shortChain keeps a long call chain readable: the first two calls, which
// are in this package, and the last, which makes the write.
func shortChain(chain []string) []string {
	return effects.ShortChain(chain, 4)
}

func plural(n int, one, many string) string {
	if n == 1 {
		return one
	}
	return many
}

// Verb turns "writes" into "write" for a plural subject.
func Verb(v string, plural bool) string {
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

// ShortPosn keeps the file's base name and line of a "file:line:col"
// position: enough to find it, short enough for a message.
func ShortPosn(posn string) string {
	file, line := report.SplitPosn(posn)
	if file == "" {
		return posn
	}
	return fmt.Sprintf("%s:%d", filepath.Base(file), line)
}
