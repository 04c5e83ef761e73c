package effects

import (
	"go/constant"
	"go/token"
	"go/types"
	"slices"

	"golang.org/x/tools/go/ssa"
)

// tempMakers are the calls that make a temporary file or directory, with
// the noun for messages.
var tempMakers = map[string]string{
	"os.CreateTemp":      "temporary file",
	"os.MkdirTemp":       "temporary directory",
	"io/ioutil.TempFile": "temporary file",
	"io/ioutil.TempDir":  "temporary directory",
}

// removers are the calls that remove the file or directory their first
// argument names, or move it away from its temporary name.
var removers = map[string]bool{
	"os.Remove":    true,
	"os.RemoveAll": true,
	"os.Rename":    true,
}

// fileLife is a file or directory that fn makes or is handed, followed
// from where it appears to every return of fn.
type fileLife struct {
	fn   *ssa.Function
	made ssa.Instruction // where it appears: the call that makes or returns it
	// names are the values that name it: the *os.File, the path.
	names []ssa.Value
	// errBranch is the block taken when made failed; the file does not
	// exist on the paths through it.
	errBranch *ssa.BasicBlock
	// ancestorsOnly: only removing one of names or a directory above it
	// removes the file; for a directory a file was written under, removing
	// a value derived from it would remove a child, not the directory.
	ancestorsOnly bool
}

// tempMade records a temporary file or directory made by call, unless fn
// removes it before returning.
func (s *summarizer) tempMade(fn *ssa.Function, call *ssa.Call, noun string, acc *accumulator) {
	if dir := argAt(&call.Call, 0); dir != nil && s.underTemp(fn, dir) {
		return // made inside a temporary directory: that directory decides
	}
	name := resultOf(call, 0)
	if name == nil {
		name = call
	}
	life := &fileLife{fn: fn, made: call, names: []ssa.Value{name}, errBranch: errorBranch(call)}
	e := s.local(TempFile, Target{}, noun, call.Pos(), fn)
	e.Subject = s.calleeName(&call.Call)
	e.handed = true
	s.settleFile(life, e, acc)
}

// settleFile adds e, the effect of a file or directory that outlives fn
// unless released, with the root its fate gives: nothing when fn removes
// it; Root None with Escape when its name escapes the request; Returned
// when fn hands it to its caller; Root None otherwise.
func (s *summarizer) settleFile(life *fileLife, e Effect, acc *accumulator) {
	if s.removed(life) {
		return
	}
	if e.Kind == TempFile {
		if how := s.escapes(life); how != "" {
			e.Escape = how
			e.Target = Target{}
			acc.add(e)
			return
		}
	}
	if i := s.returnedAs(life); i >= 0 {
		e.Target = Target{Root: Returned, Index: i}
		acc.add(e)
		return
	}
	e.Target = Target{}
	acc.add(e)
}

// names reports whether v names the file.
func (l *fileLife) named(v ssa.Value) bool {
	return derives(v, func(x ssa.Value) bool {
		return slices.ContainsFunc(l.names, func(n ssa.Value) bool { return sameValue(n, x) })
	})
}

// covers reports whether removing the path v removes the file: v names
// the file, or a directory it lies under.
func (l *fileLife) covers(v ssa.Value) bool {
	if v == nil {
		return false
	}
	if cell, ok := v.(*ssa.Alloc); ok {
		return storedIn(cell, l.covers)
	}
	if !l.ancestorsOnly && l.named(v) {
		return true
	}
	if c := callOf(v); c != nil && (callID(&c.Call) == "path/filepath.Dir" || callID(&c.Call) == "path.Dir") {
		return l.covers(argAt(&c.Call, 0)) // the directory the file is in
	}
	for _, n := range l.names {
		if n == v || derives(n, func(x ssa.Value) bool { return sameValue(x, v) }) {
			return true
		}
	}
	return false
}

// sameValue reports whether a and b hold the same value: the same SSA
// value, equal constants, or loads of the same local variable.
func sameValue(a, b ssa.Value) bool {
	if a == b {
		return true
	}
	if ca, ok := a.(*ssa.Const); ok {
		cb, ok := b.(*ssa.Const)
		return ok && ca.Value != nil && cb.Value != nil && ca.Value.Kind() == cb.Value.Kind() && constant.Compare(ca.Value, token.EQL, cb.Value)
	}
	la, ok1 := a.(*ssa.UnOp)
	lb, ok2 := b.(*ssa.UnOp)
	if ok1 && ok2 && la.Op == token.MUL && lb.Op == token.MUL {
		_, cell := la.X.(*ssa.Alloc)
		return cell && la.X == lb.X
	}
	return false
}

// removed reports whether fn removes the file before it returns: a
// deferred removal anywhere, or removals on every path from where the
// file appears to a return.
func (s *summarizer) removed(l *fileLife) bool {
	var removals []ssa.Instruction
	for _, b := range l.fn.Blocks {
		for _, instr := range b.Instrs {
			ci, ok := instr.(ssa.CallInstruction)
			if !ok || !s.removes(l, ci) {
				continue
			}
			if _, deferred := instr.(*ssa.Defer); deferred {
				return true
			}
			if _, async := instr.(*ssa.Go); !async {
				removals = append(removals, instr)
			}
		}
	}
	return len(removals) > 0 && everyPath(l.made, l.errBranch, removals)
}

// removes reports whether the call ci removes the file: os.Remove or
// os.RemoveAll of it or a directory above it, or a function whose summary
// says it removes what the argument or captured value holds.
func (s *summarizer) removes(l *fileLife, ci ssa.CallInstruction) bool {
	common := ci.Common()
	if removers[callID(common)] {
		return l.covers(argAt(common, 0))
	}
	c, ok := s.calleeOf(l.fn, common)
	if !ok {
		return false
	}
	for i := range c.effects {
		e := &c.effects[i]
		if e.Kind == Removes && e.Noun == "file" && l.covers(c.holder(common, e)) {
			return true
		}
	}
	return false
}

// escapes says how the file's name outlives the request, or "": stored
// in a package-level variable or a field of the receiver, sent on a
// channel, handed to a goroutine or a timer.
func (s *summarizer) escapes(l *fileLife) string {
	fn := l.fn
	for _, b := range fn.Blocks {
		for _, instr := range b.Instrs {
			switch instr := instr.(type) {
			case *ssa.Store:
				if l.named(instr.Val) || appends(instr.Val, l.named) {
					if where := s.longLived(fn, instr.Addr); where != "" {
						return "stored in " + where
					}
				}
			case *ssa.MapUpdate:
				if l.named(instr.Value) || l.named(instr.Key) {
					if where := s.longLived(fn, instr.Map); where != "" {
						return "stored in " + where
					}
				}
			case *ssa.Send:
				if l.named(instr.X) {
					return "sent on a channel"
				}
			case *ssa.Go:
				if handsTo(instr.Common(), l.named) {
					return "handed to a goroutine"
				}
			case *ssa.Call:
				if spawners[callID(&instr.Call)] == "time.AfterFunc" || spawners[callID(&instr.Call)] == "context.AfterFunc" {
					if handsTo(&instr.Call, l.named) {
						return "handed to a timer callback"
					}
				}
			}
		}
	}
	return ""
}

// handsTo reports whether a go statement or spawning call passes a value
// for which named is true, as an argument or captured by a closure.
func handsTo(c *ssa.CallCommon, named func(ssa.Value) bool) bool {
	vals := slices.Clone(callArgs(c))
	vals = append(vals, c.Value)
	for _, v := range vals {
		if mc, ok := v.(*ssa.MakeClosure); ok {
			for _, b := range mc.Bindings {
				if cell, ok := b.(*ssa.Alloc); ok && storedIn(cell, named) || named(b) {
					return true
				}
			}
			continue
		}
		if named(v) {
			return true
		}
	}
	return false
}

// appends reports whether v is append(x, elems...) with an element for
// which named is true.
func appends(v ssa.Value, named func(ssa.Value) bool) bool {
	call, ok := v.(*ssa.Call)
	if !ok {
		return false
	}
	if b, ok := call.Call.Value.(*ssa.Builtin); !ok || b.Name() != "append" || len(call.Call.Args) < 2 {
		return false
	}
	for i := 0; ; i++ {
		el := variadicElem(call.Call.Args[1], i)
		if el == nil {
			return false
		}
		if named(el) {
			return true
		}
	}
}

// longLived describes the memory at addr when it outlives the request: a
// package-level variable, or a field of the receiver of the method fn.
// It returns "" for anything else, which may be request-scoped.
func (s *summarizer) longLived(fn *ssa.Function, addr ssa.Value) string {
	t, ok := s.resolve(fn, addr)
	if !ok {
		return ""
	}
	switch {
	case t.Root == Global:
		return "package-level " + t.Dotted(s.pass.Pkg.Path())
	case t.Root == Param && t.Index == 0 && fn.Signature.Recv() != nil && len(t.Path) > 0:
		return "field " + t.Dotted(s.pass.Pkg.Path())
	}
	return ""
}

// returnedAs is the index of the result of fn that names the file, or -1.
func (s *summarizer) returnedAs(l *fileLife) int {
	for _, b := range l.fn.Blocks {
		ret, ok := b.Instrs[len(b.Instrs)-1].(*ssa.Return)
		if !ok {
			continue
		}
		for i, r := range ret.Results {
			if l.named(r) {
				return i
			}
		}
	}
	return -1
}

// underTemp reports whether the path v lies in a temporary file or
// directory fn makes or is returned: that resource's own effect decides.
func (s *summarizer) underTemp(fn *ssa.Function, v ssa.Value) bool {
	temps := s.temporaries(fn)
	if len(temps) == 0 {
		return false
	}
	return derives(v, func(x ssa.Value) bool { return slices.Contains(temps, x) })
}

// temporaries lists the values naming the temporary files and
// directories fn makes, or gets from a call whose summary returns one.
func (s *summarizer) temporaries(fn *ssa.Function) []ssa.Value {
	var out []ssa.Value
	for _, b := range fn.Blocks {
		for _, instr := range b.Instrs {
			call, ok := instr.(*ssa.Call)
			if !ok {
				continue
			}
			if tempMakers[callID(&call.Call)] != "" {
				if v := resultOf(call, 0); v != nil {
					out = append(out, v)
				}
				continue
			}
			c, ok := s.calleeOf(fn, &call.Call)
			if !ok {
				continue
			}
			for _, e := range c.effects {
				if e.Kind == TempFile && e.Target.Root == Returned {
					if v := resultOf(call, e.Target.Index); v != nil {
						out = append(out, v)
					}
				}
			}
		}
	}
	return out
}

// libraryRemoval records that fn removes what one of its parameters or
// captured variables names, so that a caller handing it a temporary file
// knows the file is removed: os.Remove, os.RemoveAll, and
// (*multipart.Form).RemoveAll.
func (s *summarizer) libraryRemoval(fn *ssa.Function, c *ssa.CallCommon, acc *accumulator) {
	id := callID(c)
	noun := ""
	switch {
	case removers[id]:
		noun = "file"
	case id == "mime/multipart.Form.RemoveAll":
		noun = "multipart form"
	default:
		return
	}
	t, ok := heldBy(fn, argAt(c, 0))
	if !ok {
		return
	}
	e := s.local(Removes, t, noun, c.Pos(), fn)
	e.Subject = id
	acc.add(e)
}

// calleeName names what c calls for messages, as seen from the package
// being analyzed: "os.CreateTemp", "generateCSV", "mail.Mailer.Send".
func (s *summarizer) calleeName(c *ssa.CallCommon) string {
	if c.IsInvoke() {
		if r := recvTypeName(c.Value.Type()); r != "" {
			return r + "." + c.Method.Name()
		}
		return c.Method.Name()
	}
	if callee := c.StaticCallee(); callee != nil {
		if obj := calleeObject(callee); obj != nil {
			return DisplayObject(obj, s.pass.Pkg)
		}
		return callee.Name()
	}
	return "a function value"
}

// recvTypeName names the named type t is, or points to.
func recvTypeName(t types.Type) string {
	if p, ok := types.Unalias(t).(*types.Pointer); ok {
		t = p.Elem()
	}
	if n, ok := types.Unalias(t).(*types.Named); ok {
		return n.Obj().Name()
	}
	return ""
}
