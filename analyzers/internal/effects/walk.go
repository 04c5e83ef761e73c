package effects

import (
	"go/types"
	"strings"

	"golang.org/x/tools/go/ssa"

	"github.com/statecheck/statecheck/analyzers/internal/model"
)

// The summary walk visits every instruction of every function of the
// package once. Three checks need more than the summaries from the same
// instructions: tempfile asks which handlers receive a copy of the
// request (copies.go), diskwrite where the local stores a request path
// writes through are opened and which closure captured them
// (openings.go), fieldstate which functions call which and which types
// they allocate on the heap, to tell the types whose values live only as
// long as a request (Uses). Rather than walk the package again, each
// check reads what the summary walk noted here as it went by.

// noted is what the summary walk noted about one function.
type noted struct {
	// copyInstrs are the calls and the stores of call results the
	// request-copy analysis reads, in block order.
	copyInstrs []ssa.Instruction
	// handsCopy reports whether the function itself, not counting its
	// function literals, hands the next handler a copy of its request.
	handsCopy bool
	// openings are the calls that open a local store, in block order.
	openings []OpenedStore
	// uses are the functions the function calls or takes as values, and
	// the types it allocates on the heap.
	uses Uses
}

// Uses is what the instructions of one function say about the other
// functions of the program and the memory it allocates. The slices are
// shared: read them, do not change them.
type Uses struct {
	// Calls are the functions it calls statically, by a call or a defer
	// statement, once per call site, in block order.
	Calls []*ssa.Function
	// Values are the functions it uses otherwise, once per use, in block
	// order: taken as a value (a closure made, a method value, a function
	// stored or passed), or started by a go statement, whose goroutine
	// may outlive the call that started it.
	Values []*ssa.Function
	// Heap are the types of the variables it allocates on the heap
	// (escaping *ssa.Alloc, the pointer's element type), in block order.
	Heap []types.Type
}

// note records what instr of fn says beyond fn's summary. It is called
// once for each instruction of each function the summary walk visits.
func (s *summarizer) note(fn *ssa.Function, instr ssa.Instruction) {
	s.noteUses(fn, instr)
	switch instr := instr.(type) {
	case *ssa.Call:
		common := &instr.Call
		if _, ok := common.Value.(*ssa.Builtin); ok {
			return
		}
		n := s.noted(fn)
		n.copyInstrs = append(n.copyInstrs, instr)
		id := callID(common)
		if !n.handsCopy {
			if req := handedRequest(common, id); req != nil && requestCopy(req) != "" {
				n.handsCopy = true
			}
		}
		if mayOpen(id) {
			if kind := Opening(common); kind != "" {
				n.openings = append(n.openings, OpenedStore{Call: instr, Kind: kind})
			}
		}
	case *ssa.Store:
		if _, ok := instr.Val.(*ssa.Call); ok {
			n := s.noted(fn)
			n.copyInstrs = append(n.copyInstrs, instr)
		}
		if fa, ok := instr.Addr.(*ssa.FieldAddr); ok &&
			FieldID(fa.X.Type(), fa.Field) == "github.com/gin-gonic/gin.Context.Request" &&
			requestCopy(instr.Val) != "" {
			s.noted(fn).handsCopy = true
		}
	case *ssa.MakeClosure:
		if closure, ok := instr.Fn.(*ssa.Function); ok {
			if _, seen := s.madeAt[closure]; !seen {
				s.madeAt[closure] = instr
			}
		}
	}
}

// noteUses records in fn's Uses the functions instr calls or uses as
// values and the heap variable it allocates.
func (s *summarizer) noteUses(fn *ssa.Function, instr ssa.Instruction) {
	if alloc, ok := instr.(*ssa.Alloc); ok && alloc.Heap {
		u := &s.noted(fn).uses
		u.Heap = append(u.Heap, alloc.Type().(*types.Pointer).Elem())
	}
	call, isCall := instr.(ssa.CallInstruction)
	_, isGo := instr.(*ssa.Go)
	s.operands = instr.Operands(s.operands[:0])
	for i, op := range s.operands {
		callee, ok := (*op).(*ssa.Function)
		if !ok {
			continue
		}
		u := &s.noted(fn).uses
		if isCall && i == 0 && call.Common().StaticCallee() == callee && !isGo {
			u.Calls = append(u.Calls, callee)
		} else {
			u.Values = append(u.Values, callee)
		}
	}
}

func (s *summarizer) noted(fn *ssa.Function) *noted {
	n := s.notes[fn]
	if n == nil {
		n = &noted{}
		s.notes[fn] = n
	}
	return n
}

// noting reports whether the instructions of fn are still to be noted,
// and from now on that they are not: a function is noted once, however
// often it is walked.
func (s *summarizer) noting(fn *ssa.Function) bool {
	if s.walked[fn] {
		return false
	}
	s.walked[fn] = true
	return true
}

// notesOf returns what the walk noted about fn. A function the summary
// walk did not visit (it visits every source function of the package) is
// noted here.
func (s *summarizer) notesOf(fn *ssa.Function) *noted {
	if s.noting(fn) {
		for _, b := range fn.Blocks {
			for _, instr := range b.Instrs {
				s.note(fn, instr)
			}
		}
	}
	if n := s.notes[fn]; n != nil {
		return n
	}
	return &noted{}
}

// UsesOf returns what the instructions of fn, a function of the package
// being analyzed (function literals and the package initializer
// included), say about the functions it calls or takes as values and the
// types it allocates on the heap. A function the summary walk did not
// visit is noted now.
func (r *Result) UsesOf(fn *ssa.Function) Uses {
	if r.s == nil {
		return Uses{}
	}
	r.mu.Lock() // noting a function writes what the walk noted
	defer r.mu.Unlock()
	return r.s.notesOf(fn).uses
}

// handedRequest returns the request a call hands to the next handler:
// the last argument of ServeHTTP or of a call of a handler function
// value, or the argument of an echo context's SetRequest; nil otherwise.
// id is the call's callID.
func handedRequest(common *ssa.CallCommon, id string) ssa.Value {
	switch {
	case id == "github.com/labstack/echo/v4.Context.SetRequest", id == "github.com/labstack/echo/v5.Context.SetRequest":
		return common.Args[len(common.Args)-1]
	case strings.HasSuffix(id, ".ServeHTTP"):
	case !common.IsInvoke() && common.StaticCallee() == nil && handlerSignature(common.Signature()):
	default:
		return nil
	}
	if len(common.Args) == 0 {
		return nil
	}
	return common.Args[len(common.Args)-1]
}

// handlerSignature reports whether sig is func(http.ResponseWriter, *http.Request).
func handlerSignature(sig *types.Signature) bool {
	p := sig.Params()
	return p.Len() == 2 && model.IsNamed(p.At(0).Type(), "net/http", "ResponseWriter") && model.IsNamed(p.At(1).Type(), "net/http", "Request")
}
