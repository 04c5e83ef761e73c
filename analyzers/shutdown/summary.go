package shutdown

import (
	"fmt"
	"go/token"
	"slices"
	"strings"
)

// Serve is one server started somewhere below a function.
type Serve struct {
	// Kind names the graceful stop that ends it: "http"
	// ((*http.Server).Shutdown), "echo", "fiber", "grpc"; "" for a server
	// that cannot be stopped gracefully at all (http.ListenAndServe, gin
	// Run).
	Kind string
	// What names the call, as messages show it.
	What string
	// Via lists the functions between the function summarized and the
	// call, outermost first.
	Via []string
	// Background is set when the server runs in a goroutine of its own.
	Background bool
	// Plain is set for net/http's package-level ListenAndServe and Serve,
	// the usual side listener (pprof, metrics) of a service.
	Plain bool
	// At is where the server starts: the call itself.
	At Site
}

// Site is a place in the program's source, kept as file and line so that
// it survives in a fact: findings in main point at it.
type Site struct {
	File string
	Line int
}

func (s Site) valid() bool { return s.File != "" }

// short renders the site as the file's base name and line.
func (s Site) short() string {
	name := s.File
	if i := strings.LastIndexAny(name, `/\`); i >= 0 {
		name = name[i+1:]
	}
	return fmt.Sprintf("%s:%d", name, s.Line)
}

// summary is what a function, and everything it calls or refers to, does
// about serving and stopping: the servers it starts, the graceful stops it
// can run, and whether it listens for SIGTERM. It is exported as a fact
// so that callers in other packages compose it.
type summary struct {
	Serves []Serve
	// Stops holds the kinds whose graceful stop is reachable.
	Stops []string
	// SigTerm is set when signal.Notify or NotifyContext listens for
	// SIGTERM (or for every signal, or for signals the analyzer cannot
	// read); SigOther when it listens only for others (os.Interrupt).
	SigTerm, SigOther bool
	// TermAt and OtherAt are the first such calls found.
	TermAt, OtherAt Site
}

// maxServes bounds a summary; the first servers found are kept.
const maxServes = 16

// local is a Serve with the place in the package being analyzed where a
// finding about it is reported: the call itself when it is in this
// package, else the reference that leads to it.
type local struct {
	Serve
	pos, end token.Pos
}

// localSummary is a summary whose servers carry positions.
type localSummary struct {
	serves            []local
	stops             []string
	sigTerm, sigOther bool
	termAt, otherAt   Site
}

func (s *localSummary) empty() bool {
	return len(s.serves) == 0 && len(s.stops) == 0 && !s.sigTerm && !s.sigOther
}

// addServe adds a server unless the same call, through the same chain
// and position, is already there; it reports whether the summary grew.
func (s *localSummary) addServe(l local) bool {
	for _, have := range s.serves {
		if have.What == l.What && have.pos == l.pos && slices.Equal(have.Via, l.Via) {
			return false
		}
	}
	if len(s.serves) >= maxServes {
		return false
	}
	s.serves = append(s.serves, l)
	return true
}

func (s *localSummary) addStop(kind string) bool {
	if slices.Contains(s.stops, kind) {
		return false
	}
	s.stops = append(s.stops, kind)
	slices.Sort(s.stops)
	return true
}

// merge adds what other does, reached through a reference at [pos, end)
// to the function called name; background marks a reference in a go
// statement. It reports whether s grew.
func (s *localSummary) merge(other *localSummary, name string, pos, end token.Pos, background bool) bool {
	grew := false
	for _, l := range other.serves {
		l.Via = append([]string{name}, l.Via...)
		if len(l.Via) > 4 {
			l.Via = l.Via[:4]
		}
		l.Background = l.Background || background
		if !l.pos.IsValid() {
			l.pos, l.end = pos, end
		}
		grew = s.addServe(l) || grew
	}
	for _, k := range other.stops {
		grew = s.addStop(k) || grew
	}
	if other.sigTerm && !s.sigTerm {
		s.sigTerm, grew = true, true
	}
	if other.sigOther && !s.sigOther {
		s.sigOther, grew = true, true
	}
	if !s.termAt.valid() {
		s.termAt = other.termAt
	}
	if !s.otherAt.valid() {
		s.otherAt = other.otherAt
	}
	return grew
}

// exported drops the positions, for a fact.
func (s *localSummary) exported() summary {
	out := summary{Stops: s.stops, SigTerm: s.sigTerm, SigOther: s.sigOther, TermAt: s.termAt, OtherAt: s.otherAt}
	for _, l := range s.serves {
		out.Serves = append(out.Serves, l.Serve)
	}
	return out
}

// imported turns a fact's summary into a local one without positions.
func imported(sum summary) *localSummary {
	s := &localSummary{stops: sum.Stops, sigTerm: sum.SigTerm, sigOther: sum.SigOther, termAt: sum.TermAt, otherAt: sum.OtherAt}
	for _, sv := range sum.Serves {
		s.serves = append(s.serves, local{Serve: sv})
	}
	return s
}

func (s summary) String() string {
	var parts []string
	for _, sv := range s.Serves {
		p := "serves " + sv.What
		if sv.Background {
			p += " in background"
		}
		parts = append(parts, p)
	}
	if len(s.Stops) > 0 {
		parts = append(parts, "stops "+strings.Join(s.Stops, ","))
	}
	if s.SigTerm {
		parts = append(parts, "on SIGTERM")
	} else if s.SigOther {
		parts = append(parts, "on other signals")
	}
	return strings.Join(parts, "; ")
}

// serveFact is the summary of a function, for callers in other packages.
type serveFact struct{ Summary summary }

func (*serveFact) AFact()           {}
func (f *serveFact) String() string { return f.Summary.String() }

// initFact is the summary of a package's initialization: its init
// functions and package-level variable initializers, including the
// closures they store (cobra commands' RunE, for instance), which a
// program importing the package may run.
type initFact struct{ Summary summary }

func (*initFact) AFact()           {}
func (f *initFact) String() string { return fmt.Sprintf("init: %s", f.Summary.String()) }
