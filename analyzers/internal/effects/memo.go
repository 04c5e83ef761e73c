package effects

import (
	"go/types"
	"slices"

	"golang.org/x/tools/go/ssa"

	"github.com/statecheck/statecheck/analyzers/internal/model"
)

// A memo fill is quiet. It is a write of a value computed from its key
// into a map (or sync.Map, or in-process cache) that the same function
// first looked up under that key:
//
//	if loc, ok := cache.Load(tz); ok {
//		return loc.(*time.Location)
//	}
//	loc, err := time.LoadLocation(tz)
//	...
//	cache.Store(tz, loc)
//
// Every instance computes the same value for the same key, so an instance
// that is lost loses nothing and another instance answers the same: the
// map is a memo, not client state. A cache that goes stale when the data
// behind it changes is still found, at the write that updates or deletes
// its entries on the update's request path. What is not a memo: a value
// that does not come from the key (a session or a counter from the
// request), and a rate limiter, whose value changes with every request
// that uses it.

// memoFill reports whether storing val under key into the map target t,
// at instruction at of fn, fills a memo. A LoadOrStore needs no earlier
// lookup: it is one.
func (s *summarizer) memoFill(fn *ssa.Function, at ssa.Instruction, t Target, key, val ssa.Value, loadOrStore bool) bool {
	if key == nil || val == nil || model.RateLimiter(view(val).Type()) || !derivedFrom(val, key, 0) {
		return false
	}
	return loadOrStore || s.lookedUp(fn, at, t, key)
}

// lookedUp reports whether a lookup of key in the map target t dominates
// at: an index expression, or a Load, Get or Peek method call with the key
// as its argument.
func (s *summarizer) lookedUp(fn *ssa.Function, at ssa.Instruction, t Target, key ssa.Value) bool {
	for _, b := range fn.Blocks {
		if !b.Dominates(at.Block()) {
			continue
		}
		for _, instr := range b.Instrs {
			if instr == at {
				break
			}
			var m, k ssa.Value
			switch i := instr.(type) {
			case *ssa.Lookup:
				m, k = i.X, i.Index
			case *ssa.Call:
				c := &i.Call
				callee := c.StaticCallee()
				if c.IsInvoke() || callee == nil || len(c.Args) < 2 || callee.Signature.Recv() == nil {
					continue
				}
				if i, ok := model.CacheLookup(calleeObject(callee)); ok && i < len(c.Args) {
					m, k = c.Args[0], c.Args[i]
					break
				}
				switch callee.Name() {
				case "Load", "Get", "Peek":
					m, k = c.Args[0], c.Args[1]
				}
			}
			if m == nil || !sameKey(k, key) {
				continue
			}
			if mt, ok := s.resolve(fn, m); ok && sameTarget(mt, t) {
				return true
			}
		}
	}
	return false
}

// derivedFrom reports whether v is computed from key: the result of a call
// that takes key (or an expression of it) as an argument, or a choice
// between such results and values that do not depend on the request
// (constants, package-level variables), as in a fallback on error.
func derivedFrom(v, key ssa.Value, depth int) bool {
	if depth > 4 {
		return false
	}
	v = view(v)
	switch v := v.(type) {
	case *ssa.Extract:
		if call, ok := v.Tuple.(*ssa.Call); ok {
			return callTakes(&call.Call, key)
		}
	case *ssa.Call:
		return callTakes(&v.Call, key)
	case *ssa.Alloc:
		// &entry{Provider: p}: a record whose fields are computed from
		// key or the same for every request is computed from key.
		return recordFrom(v, key, depth)
	case *ssa.Phi:
		derived := false
		for _, e := range v.Edges {
			switch {
			case e == v:
			case derivedFrom(e, key, depth+1):
				derived = true
			case !static(e):
				return false
			}
		}
		return derived
	}
	return false
}

// recordFrom reports whether the fields stored into the struct alloc are
// computed from key, at least one of them, or static. A record that goes
// anywhere but into its fields and a cache's store (a call that may fill
// it from the request, a store into another object) is not.
func recordFrom(alloc *ssa.Alloc, key ssa.Value, depth int) bool {
	derived := false
	for _, ref := range *alloc.Referrers() {
		switch ref := ref.(type) {
		case *ssa.FieldAddr:
		case *ssa.MakeInterface, *ssa.DebugRef:
			continue
		case *ssa.Call:
			if callee := ref.Call.StaticCallee(); callee != nil {
				if _, _, ok := model.CacheStore(calleeObject(callee)); ok {
					continue
				}
			}
			return false
		default:
			return false
		}
		fa := ref.(*ssa.FieldAddr)
		if fa.X != alloc {
			continue
		}
		for _, r := range *fa.Referrers() {
			st, ok := r.(*ssa.Store)
			if !ok || st.Addr != fa {
				continue
			}
			switch {
			case derivedFrom(st.Val, key, depth+1):
				derived = true
			case !static(st.Val):
				return false
			}
		}
	}
	return derived
}

// callTakes reports whether one of the call's arguments is key, or an
// expression of key and constants ("translations/" + lang).
func callTakes(c *ssa.CallCommon, key ssa.Value) bool {
	if c.IsInvoke() {
		return false
	}
	return slices.ContainsFunc(c.Args, func(a ssa.Value) bool {
		a = view(a)
		if sameKey(a, key) {
			return true
		}
		if b, ok := a.(*ssa.BinOp); ok {
			return sameKey(b.X, key) && static(b.Y) || static(b.X) && sameKey(b.Y, key)
		}
		return false
	})
}

// static reports whether v is the same for every request: a constant, a
// package-level variable's value, or a function.
func static(v ssa.Value) bool {
	switch v := view(v).(type) {
	case *ssa.Const, *ssa.Function:
		return true
	case *ssa.UnOp:
		_, ok := v.X.(*ssa.Global)
		return ok
	}
	return false
}

// view strips the conversions and interface wrappings that show a value
// under another type.
func view(v ssa.Value) ssa.Value {
	for {
		x := operand(v)
		if x == nil {
			return v
		}
		v = x
	}
}

// sameKey reports whether a and b are one key: the same value under
// any conversion (sameValue).
func sameKey(a, b ssa.Value) bool { return sameValue(view(a), view(b)) }

// memoCall reports whether a call of obj, a mutator of a sync.Map or an
// in-process cache, fills a memo: sync.Map's Store, or a cache library's
// Set and its kin with the key and value where model.CacheStore finds them.
func (s *summarizer) memoCall(fn *ssa.Function, instr ssa.CallInstruction, m model.Mutation, obj *types.Func, t Target) bool {
	args := instr.Common().Args
	if obj == nil || m.Arg != 0 || len(args) < 3 {
		return false
	}
	if k, v, ok := model.CacheStore(obj); ok {
		return v < len(args) && s.memoFill(fn, instr, t, args[k], args[v], false)
	}
	switch obj.Name() {
	case "LoadOrStore":
		return s.memoFill(fn, instr, t, args[1], args[2], true)
	case "Store", "Set", "SetDefault", "SetWithTTL", "Add":
		return s.memoFill(fn, instr, t, args[1], args[2], false)
	}
	return false
}

// boundsMemo reports whether a call that empties a sync.Map or an
// in-process cache (Clear, Purge, Flush) bounds a memo: the same function
// fills the same object as a memo, and empties it when it has grown too
// big. Every instance refills it alike, so nothing is lost with it.
func (s *summarizer) boundsMemo(fn *ssa.Function, name string, t Target) bool {
	switch name {
	case "Clear", "Purge", "Flush":
	default:
		return false
	}
	for _, b := range fn.Blocks {
		for _, instr := range b.Instrs {
			call, ok := instr.(*ssa.Call)
			if !ok || call.Call.IsInvoke() {
				continue
			}
			obj := calleeObject(withBody(call.Call.StaticCallee()))
			m, ok := model.Mutator(obj)
			if !ok || m.Arg >= len(call.Call.Args) {
				continue
			}
			if ft, ok := s.resolve(fn, call.Call.Args[m.Arg]); ok && sameTarget(ft, t) && s.memoCall(fn, call, m, obj, ft) {
				return true
			}
		}
	}
	return false
}
