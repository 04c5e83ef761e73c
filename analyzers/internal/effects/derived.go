package effects

import (
	"go/token"

	"golang.org/x/tools/go/ssa"

	"github.com/statecheck/statecheck/analyzers/internal/model"
)

// A cache is decided by what it holds, not by its name. A value computed
// only from constants and configuration (package-level variables, fields
// of the receiver the function is a method of) by calls that take nothing
// from the request is the same on every instance: a signed upstream token,
// a compiled template, a parsed key. Storing it is caching, and quiet,
// whatever the variable or type is called. A value that comes from the
// request, from a parameter, or from a source of randomness differs
// between instances or clients: storing it is state, whatever it is
// called. A bare constant or a copied field is no computation: writing one
// on a request path is a switch flipped on one instance (maintenance =
// true), and is still reported.

// derivedFromConfig reports whether storing v into the object t caches a
// value computed from constants and configuration alone: v is the result
// of a call, and everything it is computed from is static (see fromConfig).
func (s *summarizer) derivedFromConfig(fn *ssa.Function, v ssa.Value, t Target) bool {
	if clockReading(v) || !computed(v, 0) {
		return false
	}
	return s.fromConfig(fn, v, t, 0)
}

// clockReading reports whether v is time.Now() stored as it is: the time
// a request came, which differs from request to request and instance to
// instance (a middleware's start time kept in itself). An expiry computed
// from the clock and a configured lifetime is part of a cache entry and is
// judged with it.
func clockReading(v ssa.Value) bool {
	call, ok := view(v).(*ssa.Call)
	if !ok {
		return false
	}
	callee := call.Call.StaticCallee()
	return callee != nil && callee.Pkg != nil && callee.Pkg.Pkg.Path() == "time" && callee.Name() == "Now"
}

// computed reports whether v is the result of a call, or a choice between
// such results and static values.
func computed(v ssa.Value, depth int) bool {
	if depth > 4 {
		return false
	}
	switch v := view(v).(type) {
	case *ssa.Call:
		return true
	case *ssa.Extract:
		_, ok := v.Tuple.(*ssa.Call)
		return ok
	case *ssa.UnOp:
		// A composite literal: computed when one of its fields is.
		if a, ok := v.X.(*ssa.Alloc); ok && v.Op == token.MUL {
			found := false
			litFields(a, func(x ssa.Value) {
				found = found || computed(x, depth+1)
			})
			return found
		}
	case *ssa.Phi:
		any := false
		for _, e := range v.Edges {
			if e == v {
				continue
			}
			if computed(e, depth+1) {
				any = true
			} else if !static(e) {
				return false
			}
		}
		return any
	}
	return false
}

// randomPackages produce values that differ between instances however
// they are called.
var randomPackages = map[string]bool{
	"crypto/rand": true, "math/rand": true, "math/rand/v2": true,
	"github.com/google/uuid": true, "github.com/gofrs/uuid": true, "github.com/rs/xid": true,
}

// fromConfig reports whether v depends only on constants, package-level
// variables and fields of fn's receiver, other than the object t being
// written, through calls, arithmetic and lookups.
func (s *summarizer) fromConfig(fn *ssa.Function, v ssa.Value, t Target, depth int) bool {
	w := &configWalk{s: s, fn: fn, t: t, budget: maxConfigSteps}
	return w.static(v, depth)
}

// fromConfigKey is fromConfig that also accepts key, the key the value is
// stored under, and records in used whether the value depends on it: a
// value computed from its key and configuration (an upstream token
// signed for the API key it is stored under) is the same on every
// instance, a memo.
func (s *summarizer) fromConfigKey(fn *ssa.Function, v ssa.Value, t Target, key ssa.Value, used *bool, depth int) bool {
	w := &configWalk{s: s, fn: fn, t: t, key: key, budget: maxConfigSteps}
	ok := w.static(v, depth)
	*used = w.used
	return ok
}

// maxConfigSteps bounds the values one fromConfig question visits: a
// signed token is a dozen calls deep, and a value that needs more is
// taken for request data.
const maxConfigSteps = 200

// configWalk is one fromConfig question.
type configWalk struct {
	s      *summarizer
	fn     *ssa.Function
	t      Target
	key    ssa.Value // the key the value is stored under, or nil
	used   bool      // the value depends on key
	budget int
}

func (w *configWalk) static(v ssa.Value, depth int) bool {
	w.budget--
	if depth > 24 || w.budget < 0 {
		return false
	}
	if w.key != nil && sameKey(v, w.key) {
		w.used = true
		return true
	}
	s, fn, t := w.s, w.fn, w.t
	next := func(x ssa.Value) bool { return w.static(x, depth+1) }
	switch v := view(v).(type) {
	case *ssa.Const, *ssa.Function, *ssa.Global:
		return true
	case *ssa.Parameter:
		return fn.Signature.Recv() != nil && len(fn.Params) > 0 && v == fn.Params[0]
	case *ssa.UnOp:
		if v.Op == token.MUL {
			if r, ok := s.resolve(fn, v.X); ok && sameObject(r, t) {
				return false // read-modify-write of the object itself
			}
		}
		return next(v.X)
	case *ssa.FieldAddr:
		return next(v.X)
	case *ssa.Field:
		return next(v.X)
	case *ssa.IndexAddr:
		return next(v.X) && next(v.Index)
	case *ssa.Index:
		return next(v.X) && next(v.Index)
	case *ssa.Lookup:
		return next(v.X) && next(v.Index)
	case *ssa.BinOp:
		return next(v.X) && next(v.Y)
	case *ssa.Extract:
		return next(v.Tuple)
	case *ssa.Phi:
		for _, e := range v.Edges {
			if e != v && !next(e) {
				return false
			}
		}
		return true
	case *ssa.Alloc:
		// A composite literal or the array of a variadic call: static
		// when everything stored into it is.
		return s.allocFromConfig(v, next)
	case *ssa.MakeMap:
		// A map literal (jwt.MapClaims{…}): static when every entry is
		// and it has one use besides its entries, the one followed here.
		refs := v.Referrers()
		if refs == nil {
			return false
		}
		uses := 0
		for _, r := range *refs {
			switch r := r.(type) {
			case *ssa.MapUpdate:
				if r.Map != v || !next(r.Key) || !next(r.Value) {
					return false
				}
			case *ssa.DebugRef:
			default:
				uses++
			}
		}
		return uses <= 1
	case *ssa.Call:
		c := &v.Call
		switch callee := c.Value.(type) {
		case *ssa.Function:
			if p := callee.Package(); p != nil && randomPackages[p.Pkg.Path()] {
				return false
			}
			if o := callee.Origin(); o != nil && o.Package() != nil && randomPackages[o.Package().Pkg.Path()] {
				return false
			}
		case *ssa.Builtin:
		default:
			if !c.IsInvoke() || !next(c.Value) {
				return false
			}
		}
		for _, a := range c.Args {
			if !next(a) {
				return false
			}
		}
		return true
	}
	return false
}

// sameObject reports whether a and b are the same long-lived object: the
// same root and the same first selector.
func sameObject(a, b Target) bool {
	if a.Root != b.Root || a.Index != b.Index || a.PkgPath != b.PkgPath || a.Name != b.Name {
		return false
	}
	if len(a.Path) == 0 || len(b.Path) == 0 {
		return true
	}
	return a.Path[0] == b.Path[0]
}

// cachesConfig reports whether a modelled mutating call stores a value
// derived from configuration under a static key: every argument after the
// mutated one is static, and the value stored (the argument after the key,
// or the only one) is computed. Counters (served.Add(1)) store no computed
// value and stay reported.
func (s *summarizer) cachesConfig(fn *ssa.Function, args []ssa.Value, m model.Mutation, t Target) bool {
	rest := args[m.Arg+1:]
	switch {
	case len(rest) == 0:
		return false
	case len(rest) == 1:
		return s.derivedFromConfig(fn, rest[0], t)
	}
	for _, a := range rest[2:] {
		if !s.fromConfig(fn, a, t, 0) {
			return false
		}
	}
	return s.cachedUnderKey(fn, rest[0], rest[1], t)
}

// litFields calls f with each value stored into the fields or elements of
// the local allocation a.
func litFields(a *ssa.Alloc, f func(ssa.Value)) {
	refs := a.Referrers()
	if refs == nil {
		return
	}
	for _, r := range *refs {
		switch r := r.(type) {
		case *ssa.Store:
			if r.Addr == a {
				f(r.Val)
			}
		case *ssa.IndexAddr, *ssa.FieldAddr:
			if inner := r.(ssa.Value).Referrers(); inner != nil {
				for _, i := range *inner {
					if st, ok := i.(*ssa.Store); ok && st.Addr == r.(ssa.Value) {
						f(st.Val)
					}
				}
			}
		}
	}
}

// cachedUnderKey reports whether storing val under key into t caches a
// value every instance computes alike: computed, and made from key,
// constants and configuration alone. A key that is not static must be
// used: a fresh value stored under a request's key (sessions[id] =
// newSession()) is client state.
func (s *summarizer) cachedUnderKey(fn *ssa.Function, key, val ssa.Value, t Target) bool {
	if !computed(val, 0) {
		return false
	}
	if s.fromConfig(fn, key, t, 0) {
		return s.fromConfig(fn, val, t, 0)
	}
	used := false
	return s.fromConfigKey(fn, val, t, key, &used, 0) && used
}

// allocFromConfig reports whether every value stored into the elements or
// fields of the local allocation a passes static.
func (s *summarizer) allocFromConfig(a *ssa.Alloc, static func(ssa.Value) bool) bool {
	refs := a.Referrers()
	if refs == nil {
		return false
	}
	for _, r := range *refs {
		var addr ssa.Value
		switch r := r.(type) {
		case *ssa.IndexAddr:
			addr = r
		case *ssa.FieldAddr:
			addr = r
		case *ssa.Store:
			if r.Addr != a || !static(r.Val) {
				return false
			}
			continue
		case *ssa.Slice:
			// The array of a variadic call is sliced once, for that
			// call; a slice used again may have been filled by a call.
			if refs := r.Referrers(); refs == nil || len(*refs) != 1 {
				return false
			}
			continue
		case *ssa.UnOp, *ssa.DebugRef:
			continue
		default:
			return false // handed to a call, which may fill it from anywhere
		}
		inner := addr.Referrers()
		if inner == nil {
			continue
		}
		for _, i := range *inner {
			switch i := i.(type) {
			case *ssa.Store:
				if i.Addr != addr || !static(i.Val) {
					return false
				}
			case *ssa.UnOp, *ssa.DebugRef:
			default:
				return false
			}
		}
	}
	return true
}
