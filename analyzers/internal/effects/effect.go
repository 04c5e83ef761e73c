package effects

import (
	"fmt"
	"go/token"
	"slices"
	"strings"
)

// Kind is what an effect does to its target.
type Kind uint8

// The kinds of state write.
const (
	MapWrite    Kind = iota + 1 // m[k] = v
	MapDelete                   // delete(m, k)
	Append                      // s = append(s, ...)
	Incr                        // n++, n += d
	Assign                      // v = x, and clear(m), which replaces a map's whole contents
	ElemWrite                   // s[i] = x, a[i] = x
	LibraryCall                 // a modelled mutating call: sync.Map, atomic, in-process cache
)

// The kinds of resource effect: what outlives the request without being
// client state in memory. They are numbered apart from the state kinds so
// that either list can grow.
const (
	Spawn     Kind = iota + 64 // a goroutine or timer callback started and not joined
	TempFile                   // a temporary file or directory not removed, or whose name escapes
	DiskWrite                  // a file written to local disk
	Multipart                  // a multipart form parsed without removing its spill files
	Removes                    // removes the file, directory or multipart form its target holds
)

// Resource reports whether k is a resource kind rather than a state write.
func (k Kind) Resource() bool { return k >= Spawn }

// Root is what a target is reached from.
type Root uint8

// The roots of a target.
const (
	None    Root = iota // the effect writes no memory: a goroutine, a file
	Global              // a package-level variable
	Param               // a parameter of the summarized function (receiver first)
	FreeVar             // a variable captured by the summarized closure
)

// The roots of resource effects whose fate the caller decides: a
// temporary file the caller may remove, a goroutine the caller may join.
// bind leaves them alone; the resource hook binds them (see rebind.go).
// They are numbered apart from the memory roots so that either list can
// grow.
const (
	// HeldByParam: the resource belongs to parameter Index: the request
	// whose form was parsed, the directory a file was written under, the
	// WaitGroup that would join the goroutine.
	HeldByParam Root = iota + 16
	// HeldByFreeVar: the same for captured variable Index.
	HeldByFreeVar
	// Returned: the function returns the resource as result Index.
	Returned
)

// Target is the memory an effect writes: a root and the selectors that lead
// from it to the written object.
type Target struct {
	Root    Root
	Index   int    // Param and FreeVar: the index
	PkgPath string // Global: the variable's package path
	PkgName string // Global: the variable's package name, for messages
	Name    string // Global: the variable; Param and FreeVar: its name, for messages
	// Path are the selectors after the root: field names, and "[]" for an
	// element of a map, slice or array.
	Path []string
}

// Effect is one write of in-process state, possibly deep in callees.
//
// Effects are stored in facts, so they hold no token.Pos of other
// packages: Posn is the written position as text. The unexported fields
// describe the effect in the package being analyzed and are not encoded.
type Effect struct {
	Kind   Kind
	Target Target
	// Noun names the written object's type for messages: "map", "slice",
	// "counter", "sync.Map", "atomic", "in-process cache", "variable".
	Noun string
	// Limiter is set when the write stores a per-client rate limiter.
	Limiter bool
	// Conn is set when the written object holds connections or channels:
	// connection-oriented state, reported only on request.
	Conn bool
	// Subject names what a resource effect concerns, for messages: the
	// spawned function ("generateCSV"), the call that made a temporary
	// file ("os.CreateTemp"), the path written ("uploads/…"), or, for a
	// blob bucket, the variable or field that holds it.
	Subject string
	// Escape says how a temporary file's name outlives the request
	// ("stored in package-level files", "sent on a channel"), or which copy
	// of the request a multipart form was parsed on; empty otherwise.
	Escape string
	// Detached names the context a goroutine runs on when it deliberately
	// outlives the request: "context.Background()", "context.WithoutCancel".
	Detached string
	// FlagParam, when nonzero, makes a file write conditional: the file
	// is opened with the flag that parameter FlagParam-1 of the
	// summarized function holds, and is written only when the caller
	// passes a flag that writes (see bindFlag).
	FlagParam int
	// Posn is the position of the write itself, "file:line:col".
	Posn string
	// Chain names the functions called on the way from the summarized
	// function to the write, outermost first; empty when the write is in
	// the summarized function itself.
	Chain []string

	// pos is where the effect shows in the package being analyzed: the
	// write itself, or the call in this package that leads to a write in
	// another package (then remote is set).
	pos    token.Pos
	remote bool
	// handed is set when the resource of a resource effect is the value
	// of the call at pos: made there, or handed back there by a callee,
	// so that the code at pos can release it.
	handed bool
}

// Pos is where to report the effect in the package being analyzed: the
// write itself, or the call in this package that leads to it.
func (e *Effect) Pos() token.Pos { return e.pos }

// Remote reports whether the write itself lies in another package; Posn
// then names its position.
func (e *Effect) Remote() bool { return e.remote }

// Handed reports whether the effect's resource is the value of the call at
// Pos, made there or returned there by the function called.
func (e *Effect) Handed() bool { return e.handed }

// key identifies an effect for deduplication: one write of one target.
func (e *Effect) key() string {
	var b strings.Builder
	fmt.Fprintf(&b, "%d|%d|%d|%s.%s|%s|%s", e.Kind, e.Target.Root, e.Target.Index,
		e.Target.PkgPath, e.Target.Name, strings.Join(e.Target.Path, "."), e.Posn)
	return b.String()
}

// extendChain is chain seen from a caller: name, the function called,
// first, shortened to maxChain names.
func extendChain(name string, chain []string) []string {
	return ShortChain(append([]string{name}, chain...), maxChain)
}

// ShortChain shortens a call chain to at most n names (n ≥ 3): the first
// n-2, an ellipsis, and the last. The first calls are where the caller
// can act; the last is the function that writes, which a message must
// name. A chain shortened before keeps its ellipsis in the part dropped.
func ShortChain(chain []string, n int) []string {
	if len(chain) <= n {
		return chain
	}
	return append(slices.Clip(chain[:n-2]), "…", chain[len(chain)-1])
}

// Verb is the effect's kind as a verb phrase for messages.
func (e *Effect) Verb() string {
	switch e.Kind {
	case MapWrite:
		return "writes"
	case MapDelete:
		return "deletes from"
	case Append:
		return "appends to"
	case Incr:
		return "increments"
	case Assign:
		return "assigns"
	case ElemWrite:
		return "writes an element of"
	case LibraryCall:
		return "updates"
	case Spawn:
		return "starts"
	case TempFile:
		if e.Escape != "" {
			return "lets escape"
		}
		return "leaves behind"
	case DiskWrite:
		return "writes"
	case Multipart:
		return "parses"
	case Removes:
		return "removes"
	}
	return "writes"
}

// Dotted is the target as a dotted path from its root, seen from the
// package at path from: "sessions", "store.sessions", "s.carts".
func (t *Target) Dotted(from string) string {
	name := t.Name
	if t.Root == Global && t.PkgName != "" && t.PkgPath != from {
		name = t.PkgName + "." + t.Name
	}
	var b strings.Builder
	b.WriteString(name)
	for _, p := range t.Path {
		if p == "[]" {
			b.WriteString("[…]")
			continue
		}
		b.WriteString(".")
		b.WriteString(p)
	}
	return b.String()
}

// String renders the effect for fact assertions in tests.
func (e *Effect) String() string {
	var b strings.Builder
	for _, c := range e.Chain {
		b.WriteString(c)
		b.WriteString(" → ")
	}
	switch e.Target.Root {
	case Global:
		fmt.Fprintf(&b, "%s package-level %s %s", e.Verb(), e.Noun, e.Target.Dotted(""))
	case Param:
		fmt.Fprintf(&b, "%s %s %s of param %d", e.Verb(), e.Noun, e.Target.Dotted(""), e.Target.Index)
	case FreeVar:
		fmt.Fprintf(&b, "%s captured %s %s", e.Verb(), e.Noun, e.Target.Dotted(""))
	default:
		e.resourceString(&b)
	}
	return b.String()
}

// describe renders a target for fact assertions in tests.
func (t *Target) describe() string {
	switch t.Root {
	case Global:
		return "package-level " + t.Dotted("")
	case Param:
		return fmt.Sprintf("%s of param %d", t.Dotted(""), t.Index)
	}
	return t.Dotted("")
}

// resourceString renders a resource effect for fact assertions:
// "starts goroutine send", "leaves behind temporary file os.CreateTemp
// (returned as result 0)".
func (e *Effect) resourceString(b *strings.Builder) {
	fmt.Fprintf(b, "%s %s", e.Verb(), e.Noun)
	if e.Subject != "" {
		fmt.Fprintf(b, " %s", e.Subject)
	}
	if e.Escape != "" {
		fmt.Fprintf(b, " (%s)", e.Escape)
	}
	if e.Detached != "" {
		fmt.Fprintf(b, " on %s", e.Detached)
	}
	if e.FlagParam > 0 {
		fmt.Fprintf(b, " if param %d writes", e.FlagParam-1)
	}
	switch e.Target.Root {
	case HeldByParam:
		fmt.Fprintf(b, " held by param %d", e.Target.Index)
	case HeldByFreeVar:
		fmt.Fprintf(b, " held by captured %s", e.Target.Name)
	case Returned:
		fmt.Fprintf(b, " returned as result %d", e.Target.Index)
	}
}

// Summary is the fact exported for a function: the state writes it
// performs, itself or through static calls, on memory that outlives it.
type Summary struct {
	Effects []Effect
	// Returns lists the results that denote long-lived memory, so that a
	// write through a getter's result (s.session(id).Values[k] = v) is
	// seen for what it writes.
	Returns []ReturnTarget
	// Dropped counts the effects the summary had no room for, itself or
	// in its callees: callers in other packages pass the count on.
	Dropped Dropped
}

// Dropped counts the distinct effects a summary found but had no room
// for (see MaxEffects): the checks say so rather than lose them silently.
type Dropped struct {
	Writes    int // state writes
	Resources int // resource effects
}

func (d Dropped) zero() bool { return d == Dropped{} }

func (d Dropped) plus(o Dropped) Dropped {
	return Dropped{Writes: d.Writes + o.Writes, Resources: d.Resources + o.Resources}
}

// ReturnTarget is a result of a function that denotes long-lived memory:
// a package-level variable or memory reachable from a parameter.
type ReturnTarget struct {
	Result int
	Target Target
}

// AFact marks Summary as an analysis fact.
func (*Summary) AFact() {}

func (s *Summary) String() string {
	parts := make([]string, len(s.Effects))
	for i := range s.Effects {
		parts[i] = s.Effects[i].String()
	}
	for _, r := range s.Returns {
		parts = append(parts, fmt.Sprintf("returns %s", r.Target.describe()))
	}
	if !s.Dropped.zero() {
		parts = append(parts, fmt.Sprintf("dropped %d writes, %d resources", s.Dropped.Writes, s.Dropped.Resources))
	}
	return strings.Join(parts, "; ")
}

// CacheVar is the fact exported for a variable or struct field declared
// with a //statecheck:cache directive.
type CacheVar struct {
	Reason string
}

// AFact marks CacheVar as an analysis fact.
func (*CacheVar) AFact() {}

func (c *CacheVar) String() string { return "cache: " + c.Reason }
