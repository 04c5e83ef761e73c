package effects

import (
	"strings"

	"golang.org/x/tools/go/ssa"
)

// The diskwrite check reports, where a local store is opened, the
// bucket, afero filesystem or file that a request path writes through a
// field or variable it is kept in; and, for a handler closure, the store
// it captured from the function that opened it. The summary walk notes
// both (walk.go), so the check reads them here instead of walking the
// package again.

// OpenedStore is a call that opens a local store: a bucket or afero
// filesystem that keeps its data in this instance, or a file opened for
// writing.
type OpenedStore struct {
	Call *ssa.Call
	Kind string // as Opening returns it
}

// Openings returns the calls of the package's source functions that open
// a local store, in source function order and block order within each.
func (r *Result) Openings() []OpenedStore {
	if r.s == nil {
		return nil
	}
	return r.s.openings
}

// MadeAt returns the first instruction, in block order, that makes a
// closure of fn, a function literal of the package, or nil.
func (r *Result) MadeAt(fn *ssa.Function) *ssa.MakeClosure {
	if r.s == nil || fn.Parent() == nil {
		return nil
	}
	r.mu.Lock() // a summary computed on demand notes closures too
	defer r.mu.Unlock()
	return r.s.madeAt[fn]
}

// gatherOpenings collects, once the walk is done and while the pass runs,
// what Openings and MadeAt return, so that the checks, which may run at
// the same time, only read it: the openings in order, and the closures
// made by the functions that are no source function of their own (the
// package initializer, whose function literals are).
func (s *summarizer) gatherOpenings(funcs []*ssa.Function) {
	for _, fn := range funcs {
		s.openings = append(s.openings, s.notesOf(fn).openings...)
		if p := fn.Parent(); p != nil {
			s.notesOf(p)
		}
	}
}

// mayOpen reports whether a call of id may open a local store (see
// Opening, which names no other packages): the walk asks Opening only
// about those.
func mayOpen(id string) bool {
	return strings.HasPrefix(id, aferoPath+".") || strings.HasPrefix(id, "gocloud.dev/blob") ||
		id == "os.Create" || id == "os.OpenFile"
}
