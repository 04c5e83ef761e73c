package effects

import (
	"go/token"

	"golang.org/x/tools/go/ssa"
)

// scratch reports whether fv, a variable that closure fn captures, is
// only scratch space of the closures that capture it: each of them writes
// it before every read, so no value flows from one call to the next.
//
//	var err error
//	mux.HandleFunc("/", func(w http.ResponseWriter, r *http.Request) {
//		if err = tmpl.Execute(w, data); err != nil { ... }
//	})
//
// Concurrent requests race on such a variable, but none reads what
// another left: it keeps no state. Reads by the function that declares
// it are ignored; they run before the closures serve, or after.
func scratch(fn *ssa.Function, fv *ssa.FreeVar) bool {
	cell := capturedCell(fn, fv)
	if cell == nil {
		return false
	}
	for _, ref := range *cell.Referrers() {
		mc, ok := ref.(*ssa.MakeClosure)
		if !ok {
			if ref.Parent() == cell.Parent() {
				switch ref.(type) {
				case *ssa.Store, *ssa.UnOp, *ssa.DebugRef:
					continue // the declaring function's own use
				}
			}
			return false
		}
		g := mc.Fn.(*ssa.Function)
		for i, b := range mc.Bindings {
			if b == cell && !writtenBeforeRead(g, g.FreeVars[i]) {
				return false
			}
		}
	}
	return true
}

// capturedCell returns the variable of fn's enclosing function that fn
// captures as fv, or nil when fv is captured from further out.
func capturedCell(fn *ssa.Function, fv *ssa.FreeVar) *ssa.Alloc {
	parent := fn.Parent()
	if parent == nil {
		return nil
	}
	index := -1
	for i, v := range fn.FreeVars {
		if v == fv {
			index = i
		}
	}
	for _, b := range parent.Blocks {
		for _, instr := range b.Instrs {
			if mc, ok := instr.(*ssa.MakeClosure); ok && mc.Fn == fn && index >= 0 && index < len(mc.Bindings) {
				cell, _ := mc.Bindings[index].(*ssa.Alloc)
				return cell
			}
		}
	}
	return nil
}

// writtenBeforeRead reports whether every read of fv in g follows a write
// of fv in g on every path, and fv is used in no other way.
func writtenBeforeRead(g *ssa.Function, fv *ssa.FreeVar) bool {
	var stores []*ssa.Store
	var loads []*ssa.UnOp
	for _, ref := range *fv.Referrers() {
		switch ref := ref.(type) {
		case *ssa.Store:
			if ref.Addr != fv {
				return false // the cell's address is stored somewhere
			}
			stores = append(stores, ref)
		case *ssa.UnOp:
			if ref.Op != token.MUL {
				return false
			}
			loads = append(loads, ref)
		case *ssa.DebugRef:
		default:
			return false
		}
	}
	for _, l := range loads {
		written := false
		for _, st := range stores {
			if precedes(st, l) {
				written = true
				break
			}
		}
		if !written {
			return false
		}
	}
	return true
}

// precedes reports whether a runs before b on every path to b.
func precedes(a, b ssa.Instruction) bool {
	if a.Block() != b.Block() {
		return a.Block().Dominates(b.Block())
	}
	for _, instr := range a.Block().Instrs {
		switch instr {
		case a:
			return true
		case b:
			return false
		}
	}
	return false
}
