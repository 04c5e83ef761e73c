package effects

import (
	"go/constant"
	"go/token"
	"go/types"
	"strings"

	"golang.org/x/tools/go/ssa"

	"github.com/statecheck/statecheck/analyzers/internal/lintkit"
)

// This file follows values within one function: which file a path names,
// which request a form was parsed on, which WaitGroup a goroutine holds.
// The resource effects are decided on these flows; they under-approximate,
// and a value whose origin is lost is nobody's (no effect is claimed).

// maxFlowDepth bounds the walks below.
const maxFlowDepth = 12

// derives reports whether v is computed from a value for which is returns
// true, through the operations that keep naming the same thing: variables
// and phis, conversions, a file's Name, a path built under it
// (filepath.Join with it first, concatenation after it, fmt.Sprintf with
// it first), a field of it, and the request of a framework context.
func derives(v ssa.Value, is func(ssa.Value) bool) bool {
	return derivesDepth(v, is, 0, nil)
}

func derivesDepth(v ssa.Value, is func(ssa.Value) bool, depth int, seen map[ssa.Value]bool) bool {
	if v == nil || depth > maxFlowDepth {
		return false
	}
	if is(v) {
		return true
	}
	if seen[v] {
		return false
	}
	next := func(x ssa.Value) bool { return derivesDepth(x, is, depth+1, seen) }
	if x := operand(v); x != nil {
		return next(x)
	}
	switch v := v.(type) {
	case *ssa.Field:
		return next(v.X)
	case *ssa.FieldAddr:
		return next(v.X)
	case *ssa.Extract:
		switch t := v.Tuple.(type) {
		case *ssa.TypeAssert:
			return next(t.X)
		case *ssa.Lookup:
			return next(t.X)
		case *ssa.Call:
			if v.Index == 0 {
				if x := pathOperand(&t.Call); x != nil {
					return next(x)
				}
			}
		}
	case *ssa.BinOp:
		if v.Op == token.ADD && isString(v.Type()) {
			return next(v.X)
		}
	case *ssa.Call:
		if x := pathOperand(&v.Call); x != nil {
			return next(x)
		}
	case *ssa.UnOp:
		if v.Op != token.MUL {
			break
		}
		if cell, ok := v.X.(*ssa.Alloc); ok {
			// A local variable or struct: what was stored in it. Like a
			// phi, a cell is searched once per walk: what is stored in a
			// struct's fields is often loaded from the struct itself,
			// and searching it again from each load is exponential.
			if seen[cell] {
				return false
			}
			if seen == nil {
				seen = map[ssa.Value]bool{}
			}
			seen[cell] = true
			return storedInto(cell, func(x ssa.Value) bool { return derivesDepth(x, is, depth+1, seen) })
		}
		return next(v.X)
	case *ssa.Phi:
		// A walk that reached v and found nothing finds nothing from it
		// again; one that found something has returned.
		if seen == nil {
			seen = map[ssa.Value]bool{}
		}
		seen[v] = true
		for _, e := range v.Edges {
			if next(e) {
				return true
			}
		}
	}
	return false
}

// storedIn reports whether some store into cell stores a value for which
// ok returns true.
func storedIn(cell *ssa.Alloc, ok func(ssa.Value) bool) bool {
	refs := cell.Referrers()
	if refs == nil {
		return false
	}
	for _, r := range *refs {
		if st, isStore := r.(*ssa.Store); isStore && st.Addr == cell && ok(st.Val) {
			return true
		}
	}
	return false
}

// storedInto is storedIn counting the stores into the fields and
// elements of cell too: a struct or array built locally holds what was
// stored into its parts.
func storedInto(cell *ssa.Alloc, ok func(ssa.Value) bool) bool {
	if storedIn(cell, ok) {
		return true
	}
	for _, r := range *cell.Referrers() {
		var part ssa.Value
		switch r := r.(type) {
		case *ssa.FieldAddr:
			part = r
		case *ssa.IndexAddr:
			part = r
		default:
			continue
		}
		if part.Referrers() == nil {
			continue
		}
		for _, u := range *part.Referrers() {
			if st, isStore := u.(*ssa.Store); isStore && st.Addr == part && ok(st.Val) {
				return true
			}
		}
	}
	return false
}

// pathOperand returns the operand a call's result keeps naming: the file
// of (*os.File).Name, the first element of filepath.Join, the path a file
// is opened at, the directory a temporary file is made in, the request a
// framework context carries. It returns nil
// for any other call.
func pathOperand(c *ssa.CallCommon) ssa.Value {
	if c.IsInvoke() {
		// echo v4: c.Request() on the Context interface.
		if c.Method.Name() == "Request" && len(c.Args) == 0 && isPointerToNamed(c.Signature().Results(), "net/http", "Request") {
			return c.Value
		}
		if callID(c) == aferoPath+".File.Name" {
			return c.Value // an afero file's Name, like an *os.File's
		}
		return nil
	}
	callee := c.StaticCallee()
	if callee == nil {
		return nil
	}
	obj := calleeObject(callee)
	if obj == nil || obj.Pkg() == nil {
		return nil
	}
	path, name, recv := obj.Pkg().Path(), obj.Name(), lintkit.RecvName(obj)
	switch {
	case path == "os" && recv == "File" && name == "Name":
		return argAt(c, 0)
	case path == "os" && recv == "" && (name == "Create" || name == "Open" || name == "OpenFile"):
		return argAt(c, 0)
	case tempMakers[path+"."+name] != "":
		return argAt(c, 0) // a file made inside the directory

	case (path == "path/filepath" || path == "path") && (name == "Join"):
		return variadicElem(argAt(c, 0), 0)
	case (path == "path/filepath" || path == "path") && (name == "Clean" || name == "Abs" || name == "ToSlash" || name == "FromSlash"):
		return argAt(c, 0)
	case path == "fmt" && name == "Sprintf":
		if f, ok := argAt(c, 0).(*ssa.Const); ok && f.Value != nil && f.Value.Kind() == constant.String {
			s := constant.StringVal(f.Value)
			if strings.HasPrefix(s, "%s") || strings.HasPrefix(s, "%v") {
				return variadicElem(argAt(c, 1), 0)
			}
		}
	case path == "github.com/labstack/echo/v5" && recv == "Context" && name == "Request":
		return argAt(c, 0)
	}
	return nil
}

// argAt returns the i-th argument of a static call, or nil.
func argAt(c *ssa.CallCommon, i int) ssa.Value {
	if i < len(c.Args) {
		return c.Args[i]
	}
	return nil
}

// variadicElem returns the i-th element stored into the array behind a
// variadic argument slice, or nil.
func variadicElem(v ssa.Value, i int) ssa.Value {
	sl, ok := v.(*ssa.Slice)
	if !ok {
		return nil
	}
	arr, ok := sl.X.(*ssa.Alloc)
	if !ok || arr.Referrers() == nil {
		return nil
	}
	for _, r := range *arr.Referrers() {
		ia, ok := r.(*ssa.IndexAddr)
		if !ok || ia.Referrers() == nil {
			continue
		}
		if c, ok := ia.Index.(*ssa.Const); !ok || c.Int64() != int64(i) {
			continue
		}
		for _, u := range *ia.Referrers() {
			if st, ok := u.(*ssa.Store); ok && st.Addr == ia {
				return st.Val
			}
		}
	}
	return nil
}

// syncBase strips selections, loads and conversions from v: the variable,
// parameter, allocation or call result it is part of. Two values with the
// same base are treated as the same synchronization object.
func syncBase(v ssa.Value) ssa.Value {
	for range maxFlowDepth {
		switch x := v.(type) {
		case *ssa.UnOp:
			if x.Op != token.MUL {
				return v
			}
			v = x.X
		case *ssa.FieldAddr:
			v = x.X
		case *ssa.Field:
			v = x.X
		case *ssa.IndexAddr:
			v = x.X
		case *ssa.Index:
			v = x.X
		case *ssa.ChangeType:
			v = x.X
		case *ssa.MakeInterface:
			v = x.X
		case *ssa.ChangeInterface:
			v = x.X
		case *ssa.Convert:
			v = x.X
		default:
			return v
		}
	}
	return v
}

// ownRoot reports whether v is one of fn's parameters or captured
// variables, and which: the root a resource held by it gets.
func ownRoot(fn *ssa.Function, v ssa.Value) (Target, bool) {
	switch v := v.(type) {
	case *ssa.Parameter:
		for i, p := range fn.Params {
			if p == v {
				return Target{Root: HeldByParam, Index: i, Name: v.Name()}, true
			}
		}
	case *ssa.FreeVar:
		for i, fv := range fn.FreeVars {
			if fv == v {
				return Target{Root: HeldByFreeVar, Index: i, Name: v.Name()}, true
			}
		}
	}
	return Target{}, false
}

// heldBy returns the parameter or captured variable of fn that v derives
// from, as the root of a resource effect.
func heldBy(fn *ssa.Function, v ssa.Value) (Target, bool) {
	var t Target
	found := derives(v, func(x ssa.Value) bool {
		if r, ok := ownRoot(fn, x); ok {
			t = r
			return true
		}
		return false
	})
	return t, found
}

// reachableAfter reports whether instruction b can run after a in the
// same call of their function: later in a's block, or in a block
// reachable from it.
func reachableAfter(a, b ssa.Instruction) bool {
	ab, bb := a.Block(), b.Block()
	if ab == bb && instrIndex(a) < instrIndex(b) {
		return true
	}
	seen := map[*ssa.BasicBlock]bool{}
	stack := append([]*ssa.BasicBlock(nil), ab.Succs...)
	for len(stack) > 0 {
		blk := stack[len(stack)-1]
		stack = stack[:len(stack)-1]
		if blk == bb {
			return true
		}
		if seen[blk] {
			continue
		}
		seen[blk] = true
		stack = append(stack, blk.Succs...)
	}
	return false
}

// instrIndex is the position of instr in its block.
func instrIndex(instr ssa.Instruction) int {
	for i, x := range instr.Block().Instrs {
		if x == instr {
			return i
		}
	}
	return -1
}

// errorBranch returns the successor block taken when the error result of
// call is not nil, found from the comparison "err != nil" (or "== nil")
// that tests it; nil when there is none.
func errorBranch(call ssa.Value) *ssa.BasicBlock {
	errv := lastExtract(call)
	if errv == nil || errv.Referrers() == nil {
		return nil
	}
	for _, r := range *errv.Referrers() {
		bin, ok := r.(*ssa.BinOp)
		if !ok || (bin.Op != token.NEQ && bin.Op != token.EQL) || bin.Referrers() == nil {
			continue
		}
		for _, u := range *bin.Referrers() {
			ifi, ok := u.(*ssa.If)
			if !ok || ifi.Cond != bin {
				continue
			}
			succs := ifi.Block().Succs
			if bin.Op == token.NEQ {
				return succs[0]
			}
			return succs[1]
		}
	}
	return nil
}

// lastExtract returns the extraction of the last result of call when it
// is an error, or nil.
func lastExtract(call ssa.Value) *ssa.Extract {
	tuple, ok := call.Type().(*types.Tuple)
	if !ok || tuple.Len() == 0 || !isError(tuple.At(tuple.Len()-1).Type()) || call.Referrers() == nil {
		return nil
	}
	for _, r := range *call.Referrers() {
		if ex, ok := r.(*ssa.Extract); ok && ex.Index == tuple.Len()-1 {
			return ex
		}
	}
	return nil
}

// resultOf returns the value of result i of call: the call itself when it
// has one result, else its extraction (nil when unused).
func resultOf(call ssa.Value, i int) ssa.Value {
	if _, ok := call.Type().(*types.Tuple); !ok {
		if i == 0 {
			return call
		}
		return nil
	}
	if call.Referrers() == nil {
		return nil
	}
	for _, r := range *call.Referrers() {
		if ex, ok := r.(*ssa.Extract); ok && ex.Index == i {
			return ex
		}
	}
	return nil
}

// everyPath reports whether every path from start to a return of its
// function passes one of the instructions in through, not counting the
// paths that leave start's error check by its error branch (the resource
// does not exist there) or end in a panic.
func everyPath(start ssa.Instruction, errBranch *ssa.BasicBlock, through []ssa.Instruction) bool {
	blocks := map[*ssa.BasicBlock]bool{}
	for _, t := range through {
		if t.Block() == start.Block() && instrIndex(t) > instrIndex(start) {
			return true
		}
		blocks[t.Block()] = true
	}
	seen := map[*ssa.BasicBlock]bool{}
	stack := append([]*ssa.BasicBlock(nil), start.Block().Succs...)
	for len(stack) > 0 {
		b := stack[len(stack)-1]
		stack = stack[:len(stack)-1]
		if b == errBranch || seen[b] || blocks[b] {
			continue
		}
		seen[b] = true
		if len(b.Succs) == 0 {
			if _, ok := b.Instrs[len(b.Instrs)-1].(*ssa.Return); ok {
				return false
			}
			continue
		}
		stack = append(stack, b.Succs...)
	}
	return true
}

func isString(t types.Type) bool {
	b, ok := t.Underlying().(*types.Basic)
	return ok && b.Info()&types.IsString != 0
}

func isError(t types.Type) bool {
	return types.Identical(t, types.Universe.Lookup("error").Type())
}

// isPointerToNamed reports whether the only type of tuple is *path.name.
func isPointerToNamed(tuple *types.Tuple, path, name string) bool {
	if tuple.Len() != 1 {
		return false
	}
	p, ok := types.Unalias(tuple.At(0).Type()).(*types.Pointer)
	if !ok {
		return false
	}
	n, ok := types.Unalias(p.Elem()).(*types.Named)
	return ok && n.Obj().Name() == name && n.Obj().Pkg() != nil && n.Obj().Pkg().Path() == path
}

// funcID names a library function for matching: "os.Remove",
// "net/http.Request.FormFile", "golang.org/x/sync/errgroup.Group.Wait".
func funcID(fn *types.Func) string {
	if fn == nil || fn.Pkg() == nil {
		return ""
	}
	if r := lintkit.RecvName(fn); r != "" {
		return fn.Pkg().Path() + "." + r + "." + fn.Name()
	}
	return fn.Pkg().Path() + "." + fn.Name()
}

// callID names what a call instruction calls, as funcID does; for an
// interface method call, the interface's method.
func callID(c *ssa.CallCommon) string {
	if c.IsInvoke() {
		return funcID(c.Method)
	}
	if callee := c.StaticCallee(); callee != nil {
		return funcID(calleeObject(callee))
	}
	return ""
}

// callArgs returns a call's arguments with the receiver first, for static
// and interface calls alike.
func callArgs(c *ssa.CallCommon) []ssa.Value {
	if c.IsInvoke() {
		return append([]ssa.Value{c.Value}, c.Args...)
	}
	return c.Args
}

// CallID names what a call calls, for the check analyzers' own matching:
// "os.CreateTemp", "net/http.Request.WithContext",
// "github.com/go-chi/chi/v5.Router.Get".
func CallID(c *ssa.CallCommon) string { return callID(c) }

// RequestCopy names the call that made the request v a copy of the one
// net/http passed to the handler ("WithContext", "Clone"), or "".
func RequestCopy(v ssa.Value) string { return requestCopy(v) }

// FuncID names a declared function as CallID names a call of it.
func FuncID(fn *types.Func) string { return funcID(fn) }
