package entry

import (
	"cmp"
	"fmt"
	"go/token"
	"go/types"
	"iter"
	"maps"
	"slices"
	"strings"

	"golang.org/x/tools/go/ssa"

	"github.com/statecheck/statecheck/analyzers/internal/model"
	"github.com/statecheck/statecheck/analyzers/internal/ssaval"
)

// Many services never hand a handler to a router themselves. They declare
// a handler type of their own (type handleFunc func(w, r, *data) (int,
// error)), wrap it (withUser(fn)), adapt it (handle(fn) http.Handler), or
// put a small router over http.ServeMux whose GET(path, h) registers a
// closure that calls h. In each case a function value reaches a request
// path because a handler calls it. This file follows those function values
// through parameters and captured variables, within the package and, by
// the runsFuncs fact, across packages, and makes handlers of the functions
// that are passed where a handler will call them.
//
// Inputs of a function are its parameters (receiver first, as in SSA)
// followed by its captured variables; a function's flow says which of its
// inputs it calls now, which it arranges to call on every request, and
// which the function value it returns calls.

// flow is what one function does with the function values it is given.
type flow struct {
	// calls: inputs called synchronously, directly or through callees.
	calls []int
	// serves: inputs that a handler built here calls on every request.
	serves []int
	// wraps: inputs that the function value returned here calls.
	wraps []int
	// uses: methods of the user's interfaces called, here or in the
	// functions called and the literals made here, by methodKey, prefixed
	// with "made " when the interface value was made on the way (see
	// wiring.go).
	uses []string
}

func addKey(s *[]string, k string) {
	if !slices.Contains(*s, k) {
		*s = append(*s, k)
	}
}

func addIndex(s *[]int, i int) {
	if i >= 0 && !slices.Contains(*s, i) {
		*s = append(*s, i)
	}
}

// servedField marks a field whose function values a handler of its
// package calls: a router's table of routes.
type servedField struct{}

func (*servedField) AFact() {}

func (*servedField) String() string { return "served field" }

// runsFuncs is the flow of an exported function, restricted to its
// parameters, for the packages that call it.
type runsFuncs struct {
	Calls, Serves, Wraps []int
	Uses                 []string
}

func (*runsFuncs) AFact() {}

func (r *runsFuncs) String() string {
	return fmt.Sprintf("runs funcs: calls %v serves %v wraps %v uses %v", r.Calls, r.Serves, r.Wraps, r.Uses)
}

// flows computes and caches the flows of the package's functions.
type flows struct {
	finder *finder
	memo   map[*ssa.Function]*flow
	busy   map[*ssa.Function]bool
	// fields are this package's fields whose function values a handler
	// calls (see findServedFields).
	fields map[*types.Var]bool
	// factories caches what the package's functions return as the user's
	// interfaces (see factories.go).
	factories map[*ssa.Function][]Impl
	// funcs are the package's functions and its package initializer,
	// searched for what is stored in a package-level table.
	funcs []*ssa.Function
	// globals are this package's variables whose elements a handler
	// calls: a package-level table of routes.
	globals map[*ssa.Global]bool
	// tables are the maps and slices of functions, and the package-level
	// variables of a function type, served already.
	tables map[ssa.Value]bool
	// results are the functions whose returned function values are
	// served already (see serveReturned).
	results map[*ssa.Function]bool
	// storedFields are this package's fields of a function type whose
	// stored values are served already (see serveValue).
	storedFields map[*types.Var]bool
}

// findServedFields finds the fields of this package whose function values
// a handler calls, directly or through the functions of this package it
// calls: m[path](c) on a map field, r.h(c) on a route's field.
func (fl *flows) findServedFields(funcs []*ssa.Function) {
	seen := map[*ssa.Function]bool{}
	var walk func(fn *ssa.Function)
	walk = func(fn *ssa.Function) {
		if seen[fn] || len(fn.Blocks) == 0 {
			return
		}
		seen[fn] = true
		for call := range ssaval.Calls(fn) {
			if call.Common().IsInvoke() {
				continue
			}
			if _, async := call.(*ssa.Go); async {
				continue
			}
			if callee := call.Common().StaticCallee(); callee != nil {
				if callee.Pkg != nil && callee.Pkg.Pkg == fl.finder.pass.Pkg {
					walk(callee)
				}
				continue
			}
			for _, src := range sources(call.Common().Value) {
				if f := fieldOf(src); f != nil && f.Pkg() == fl.finder.pass.Pkg {
					fl.fields[f] = true
				}
				if c := container(src); c != nil {
					for _, csrc := range sources(c) {
						if g, ok := csrc.(*ssa.Global); ok && g.Pkg != nil && g.Pkg.Pkg == fl.finder.pass.Pkg {
							fl.globals[g] = true
						}
					}
				}
			}
		}
	}
	for _, fn := range funcs {
		if handlerKind(fn.Signature) != "" && !fl.finder.inTest(fn) {
			walk(fn)
		}
	}
	for f := range fl.fields {
		fl.finder.pass.ExportObjectFact(f, &servedField{})
	}
}

// fieldOf returns the field a function value is read from, looking
// through map lookups and slice elements: routes in rt.routes[path], h in
// route.h. It returns nil for any other value.
func fieldOf(v ssa.Value) *types.Var {
	for {
		switch x := ssaval.Unconvert(v).(type) {
		case *ssa.UnOp:
			if x.Op != token.MUL {
				return nil
			}
			v = x.X
		case *ssa.Extract:
			v = x.Tuple // h, ok := m[k]
		case *ssa.Lookup:
			v = x.X
		case *ssa.Index:
			v = x.X
		case *ssa.IndexAddr:
			v = x.X
		case *ssa.FieldAddr:
			return structField(x.X.Type().Underlying().(*types.Pointer).Elem(), x.Field)
		case *ssa.Field:
			return structField(x.X.Type(), x.Field)
		default:
			return nil
		}
	}
}

func structField(t types.Type, i int) *types.Var {
	st, ok := t.Underlying().(*types.Struct)
	if !ok || i >= st.NumFields() {
		return nil
	}
	return st.Field(i)
}

// served reports whether handlers call the function values of field f.
func (fl *flows) servedField(f *types.Var) bool {
	if f == nil {
		return false
	}
	if f.Pkg() == fl.finder.pass.Pkg {
		return fl.fields[f]
	}
	return f.Pkg() != nil && fl.finder.pass.ImportObjectFact(f, new(servedField))
}

// storedInServedField returns the function value that instr stores where
// a handler will call it, or nil: rt.routes[path] = h, route{h: h}.
func (fl *flows) storedInServedField(instr ssa.Instruction) ssa.Value {
	switch instr := instr.(type) {
	case *ssa.Store:
		if fa, ok := instr.Addr.(*ssa.FieldAddr); ok && fl.servedField(fieldOf(fa)) {
			return instr.Val
		}
	case *ssa.MapUpdate:
		if fl.servedField(fieldOf(instr.Map)) {
			return instr.Value
		}
	}
	return nil
}

// of returns fn's flow: computed for a function of this package, read
// from the fact of one in another package, nil when there is none.
func (fl *flows) of(fn *ssa.Function) *flow {
	if fn == nil {
		return nil
	}
	if fn.Origin() != nil {
		fn = fn.Origin()
	}
	if fn.Pkg != nil && fn.Pkg.Pkg == fl.finder.pass.Pkg && len(fn.Blocks) > 0 {
		return fl.compute(fn)
	}
	obj, ok := fn.Object().(*types.Func)
	if !ok || obj.Pkg() == nil || obj.Pkg() == fl.finder.pass.Pkg {
		return nil
	}
	var fact runsFuncs
	if !fl.finder.pass.ImportObjectFact(obj.Origin(), &fact) {
		return nil
	}
	return &flow{calls: fact.Calls, serves: fact.Serves, wraps: fact.Wraps, uses: fact.Uses}
}

// compute builds fn's flow once. A recursive call sees the flow built so
// far.
func (fl *flows) compute(fn *ssa.Function) *flow {
	if f, ok := fl.memo[fn]; ok {
		return f
	}
	if fl.busy[fn] {
		return nil
	}
	fl.busy[fn] = true
	f := &flow{}
	for _, b := range fn.Blocks {
		for _, instr := range b.Instrs {
			fl.instruction(fn, instr, f)
		}
	}
	delete(fl.busy, fn)
	fl.memo[fn] = f
	return f
}

func (fl *flows) instruction(fn *ssa.Function, instr ssa.Instruction, f *flow) {
	switch instr := instr.(type) {
	case ssa.CallInstruction:
		common := instr.Common()
		if common.IsInvoke() {
			if iface := fl.finder.userInterface(common.Value.Type()); iface != nil {
				k := methodKey(iface, common.Method.Name())
				if madeHere(common.Value) {
					k = madePrefix + k
				}
				addKey(&f.uses, k)
			}
			return
		}
		callee := common.StaticCallee()
		var cf *flow
		if callee != nil {
			cf = fl.of(callee)
		}
		if cf != nil {
			for _, k := range cf.uses {
				addKey(&f.uses, k)
			}
		}
		if _, async := instr.(*ssa.Go); async {
			return // run once, later: not on this call's path
		}
		if callee != nil {
			if cf == nil {
				return
			}
			for _, j := range cf.calls {
				if j < len(common.Args) {
					addInputs(&f.calls, fn, common.Args[j])
				}
			}
			for _, j := range cf.serves {
				if j < len(common.Args) {
					addInputs(&f.serves, fn, common.Args[j])
				}
			}
			return
		}
		if mc, ok := common.Value.(*ssa.MakeClosure); ok {
			// func() { … }(): the literal runs now, with what it captured.
			fl.closure(fn, mc, &f.calls, &f.serves)
			return
		}
		addInputs(&f.calls, fn, common.Value)
	case *ssa.MakeClosure:
		if inner := fl.compute(instr.Fn.(*ssa.Function)); inner != nil {
			for _, k := range inner.uses {
				addKey(&f.uses, k)
			}
		}
		if handlerKind(instr.Fn.(*ssa.Function).Signature) != "" {
			// A handler built here: what it calls, it calls per request.
			fl.closure(fn, instr, &f.serves, &f.serves)
		} else {
			fl.closure(fn, instr, nil, &f.serves)
		}
	case *ssa.Return:
		for _, r := range instr.Results {
			fl.returned(fn, r, f)
		}
	default:
		if v := fl.storedInServedField(instr); v != nil {
			addInputs(&f.serves, fn, v)
		}
	}
}

// closure adds to calls the inputs of fn bound to captured variables that
// the closure mc calls, and to serves those it serves. A nil calls drops
// the calls: a literal that is neither run now nor a handler calls them
// at some other time.
func (fl *flows) closure(fn *ssa.Function, mc *ssa.MakeClosure, calls, serves *[]int) {
	inner := fl.compute(mc.Fn.(*ssa.Function))
	if inner == nil {
		return
	}
	bind := func(to *[]int, idx []int) {
		if to == nil {
			return
		}
		for _, i := range idx {
			if fv := i - len(mc.Fn.(*ssa.Function).Params); fv >= 0 && fv < len(mc.Bindings) {
				addInputs(to, fn, mc.Bindings[fv])
			}
		}
	}
	bind(calls, inner.calls)
	bind(serves, inner.serves)
}

// returned records in f.wraps the inputs that a returned value v calls
// when it is called.
func (fl *flows) returned(fn *ssa.Function, v ssa.Value, f *flow) {
	v = ssaval.Unconvert(v)
	switch v := v.(type) {
	case *ssa.MakeClosure:
		fl.closure(fn, v, &f.wraps, &f.serves)
	case *ssa.Call:
		if callee := v.Call.StaticCallee(); callee != nil {
			if cf := fl.of(callee); cf != nil {
				for _, j := range cf.wraps {
					if j < len(v.Call.Args) {
						// withUser(func…{ … fn(…) }): what the
						// wrapped literal calls, the result calls.
						fl.returned(fn, v.Call.Args[j], f)
					}
				}
			}
		}
	default:
		addInputs(&f.wraps, fn, v) // the function it was given
	}
}

// addInputs adds to s the inputs of fn that v may hold, or whose
// elements v is: a function read from a map or slice (table[path],
// range steps) is called when the function calls v.
func addInputs(s *[]int, fn *ssa.Function, v ssa.Value) {
	for _, src := range sources(v) {
		addIndex(s, input(fn, src))
		if c := container(src); c != nil {
			for _, csrc := range sources(c) {
				addIndex(s, input(fn, csrc))
			}
		}
	}
}

// container returns the map or slice that v is an element of, read by
// index, lookup or range, or nil.
func container(v ssa.Value) ssa.Value {
	if u, ok := v.(*ssa.UnOp); ok && u.Op == token.MUL {
		v = u.X // *&s[i]
	}
	switch x := v.(type) {
	case *ssa.Extract:
		switch t := x.Tuple.(type) {
		case *ssa.Lookup:
			return t.X // h, ok := m[k]
		case *ssa.Next:
			if r, ok := t.Iter.(*ssa.Range); ok {
				return r.X // for _, h := range m
			}
		}
	case *ssa.Lookup:
		return x.X
	case *ssa.Index:
		return x.X
	case *ssa.IndexAddr:
		return x.X
	}
	return nil
}

// elements returns the values put in a map or slice that the function
// builds: a composite literal's, and the ones stored in it later through
// the variable that holds it (table[k] = h). For a package-level
// variable, funcs are searched for what is stored in it.
func elements(v ssa.Value, funcs []*ssa.Function) []ssa.Value {
	var out []ssa.Value
	var fill func(v ssa.Value, depth int)
	fill = func(v ssa.Value, depth int) {
		if depth > 3 {
			return
		}
		switch v := v.(type) {
		case *ssa.MakeMap:
			for _, ref := range *v.Referrers() {
				if mu, ok := ref.(*ssa.MapUpdate); ok && mu.Map == v {
					out = append(out, mu.Value)
				}
			}
		case *ssa.Slice:
			if arr, ok := v.X.(*ssa.Alloc); ok {
				for _, ref := range *arr.Referrers() {
					if ia, ok := ref.(*ssa.IndexAddr); ok {
						for _, r := range *ia.Referrers() {
							if st, ok := r.(*ssa.Store); ok && st.Addr == ia {
								out = append(out, st.Val)
							}
						}
					}
				}
			}
		case *ssa.Call:
			if b, ok := v.Call.Value.(*ssa.Builtin); ok && b.Name() == "append" {
				for _, a := range v.Call.Args {
					fill(a, depth+1)
				}
			}
		}
		// Stored later through the variable that holds it.
		var cells []ssa.Value
		switch v := v.(type) {
		case *ssa.Global:
			// Globals keep no referrers: search the package.
			for _, fn := range funcs {
				for _, b := range fn.Blocks {
					for _, instr := range b.Instrs {
						switch instr := instr.(type) {
						case *ssa.Store:
							if instr.Addr == v {
								fill(ssaval.Unconvert(instr.Val), depth+1)
							}
						case *ssa.MapUpdate:
							if u, ok := instr.Map.(*ssa.UnOp); ok && u.X == v {
								out = append(out, instr.Value)
							}
						}
					}
				}
			}
		default:
			for _, ref := range *v.Referrers() {
				if st, ok := ref.(*ssa.Store); ok && st.Val == v {
					if cell, ok := st.Addr.(*ssa.Alloc); ok {
						cells = append(cells, cell)
					}
				}
			}
		}
		for _, cell := range cells {
			for _, ref := range *cell.Referrers() {
				switch ref := ref.(type) {
				case *ssa.UnOp:
					for _, r := range *ref.Referrers() {
						if mu, ok := r.(*ssa.MapUpdate); ok && mu.Map == ref {
							out = append(out, mu.Value)
						}
					}
				}
			}
		}
	}
	fill(ssaval.Unconvert(v), 0)
	return out
}

// funcVar reports whether g is a package-level variable of a function
// type.
func funcVar(g *ssa.Global) bool {
	_, ok := g.Type().(*types.Pointer).Elem().Underlying().(*types.Signature)
	return ok
}

// storedIn returns the values that funcs, the package's functions and its
// initializer, store in the package-level variable g. Globals keep no
// referrers, so the package is searched.
func storedIn(g *ssa.Global, funcs []*ssa.Function) []ssa.Value {
	var out []ssa.Value
	for _, fn := range funcs {
		for _, b := range fn.Blocks {
			for _, instr := range b.Instrs {
				if st, ok := instr.(*ssa.Store); ok && st.Addr == g {
					out = append(out, st.Val)
				}
			}
		}
	}
	return out
}

// storedInField returns the values that funcs, the package's functions,
// store in field f of any value: the fields of a composite literal and
// later assignments alike.
func storedInField(f *types.Var, funcs []*ssa.Function) []ssa.Value {
	var out []ssa.Value
	for _, fn := range funcs {
		for _, b := range fn.Blocks {
			for _, instr := range b.Instrs {
				if st, ok := instr.(*ssa.Store); ok {
					if fa, ok := st.Addr.(*ssa.FieldAddr); ok && fieldOf(fa) == f {
						out = append(out, st.Val)
					}
				}
			}
		}
	}
	return out
}

// sources returns the values v may hold: v itself, or, when v is read
// from a local variable's cell, the values stored in it. go/ssa gives a
// variable that a closure captures a cell, even a parameter never
// assigned again, and the closure a pointer to it. A variable assigned on
// two branches (h := a; if cond { h = b }) is a φ of both.
func sources(v ssa.Value) []ssa.Value {
	var out []ssa.Value
	seen := map[ssa.Value]bool{}
	var add func(v ssa.Value)
	add = func(v ssa.Value) {
		v = ssaval.Unconvert(v)
		if u, ok := v.(*ssa.UnOp); ok && u.Op == token.MUL {
			v = u.X
		}
		if seen[v] {
			return
		}
		seen[v] = true
		switch x := v.(type) {
		case *ssa.Phi:
			for _, e := range x.Edges {
				add(e)
			}
		case *ssa.Alloc:
			for _, ref := range *x.Referrers() {
				if st, ok := ref.(*ssa.Store); ok && st.Addr == x {
					add(st.Val)
				}
			}
		default:
			out = append(out, v)
		}
	}
	add(v)
	return out
}

// input returns the index of the input of fn that v is, or -1.
func input(fn *ssa.Function, v ssa.Value) int {
	switch v := v.(type) {
	case *ssa.Parameter:
		return slices.Index(fn.Params, v)
	case *ssa.FreeVar:
		if i := slices.Index(fn.FreeVars, v); i >= 0 {
			return len(fn.Params) + i
		}
	}
	return -1
}

// export records the flows of the package's exported functions as facts.
func (fl *flows) export(funcs []*ssa.Function) {
	for _, fn := range funcs {
		obj, ok := fn.Object().(*types.Func)
		if !ok || fn.Parent() != nil || !obj.Exported() || obj.Pkg() != fl.finder.pass.Pkg {
			continue
		}
		f := fl.compute(fn)
		params := func(idx []int) []int {
			var out []int
			for _, i := range idx {
				if i < len(fn.Params) {
					out = append(out, i)
				}
			}
			slices.Sort(out)
			return out
		}
		fact := &runsFuncs{Calls: params(f.calls), Serves: params(f.serves), Wraps: params(f.wraps), Uses: slices.Sorted(slices.Values(f.uses))}
		if len(fact.Calls)+len(fact.Serves)+len(fact.Wraps)+len(fact.Uses) > 0 {
			fl.finder.pass.ExportObjectFact(obj, fact)
		}
	}
}

// serveGlobals makes handlers of the functions in the package-level
// tables that handlers call into.
func (fl *flows) serveGlobals() {
	globals := slices.Collect(maps.Keys(fl.globals))
	slices.SortFunc(globals, func(a, b *ssa.Global) int { return cmp.Compare(a.Pos(), b.Pos()) })
	for _, g := range globals {
		fl.serve(g, g.Pos())
	}
}

// served finds, in one instruction, the function values handed to code
// that calls them on every request, and makes handlers of them.
func (fl *flows) served(instr ssa.Instruction) {
	if v := fl.storedInServedField(instr); v != nil {
		fl.serve(v, instr.Pos())
		return
	}
	switch instr := instr.(type) {
	case *ssa.Call, *ssa.Defer:
		common := instr.(ssa.CallInstruction).Common()
		callee := common.StaticCallee()
		if callee == nil {
			return
		}
		cf := fl.of(callee)
		if cf == nil {
			if fl.finder.library(callee) && libraryServer(callee) {
				// kithttp.NewServer(e.PostProfileEndpoint, dec, enc):
				// a library's handler, which calls the function values
				// it is given on every request.
				for _, arg := range common.Args {
					if _, ok := arg.Type().Underlying().(*types.Signature); ok {
						fl.serve(arg, instr.Pos())
					}
				}
			}
			return
		}
		for _, j := range cf.serves {
			if j < len(common.Args) {
				fl.serve(common.Args[j], instr.Pos())
			}
		}
	case *ssa.MakeClosure:
		inner := instr.Fn.(*ssa.Function)
		if handlerKind(inner.Signature) == "" {
			return
		}
		f := fl.compute(inner)
		if f == nil {
			return
		}
		for _, i := range f.calls {
			if fv := i - len(inner.Params); fv >= 0 && fv < len(instr.Bindings) {
				fl.serve(instr.Bindings[fv], instr.Pos())
			}
		}
	}
}

// library reports whether fn belongs to a library, whose body statecheck
// does not analyze: a package it models, or one outside the module being
// analyzed. The user's other packages say what they do with function
// values by their facts, and no fact means they keep none for requests.
func (f *finder) library(fn *ssa.Function) bool {
	obj, ok := fn.Object().(*types.Func)
	if !ok || obj.Pkg() == nil || obj.Pkg() == f.pass.Pkg {
		return false
	}
	path := obj.Pkg().Path()
	if model.Library(path) {
		return true
	}
	m := f.pass.Module
	return m != nil && m.Path != "" && path != m.Path && !strings.HasPrefix(path, m.Path+"/")
}

// libraryServer reports whether callee, a function of a library, builds a request
// handler of a library from the function values it is given: it returns
// a type whose ServeHTTP serves requests (go-kit's
// kithttp.NewServer(endpoint, decode, encode) *Server), or it is one of
// the libraries' servers that are not http.Handlers (go-kit's gRPC
// transport, whose Server a generated gRPC method calls). Calls into the
// user's own code are decided by their flows instead, which see whether
// the function values are kept for requests or called once.
func libraryServer(callee *ssa.Function) bool {
	obj, ok := callee.Object().(*types.Func)
	if !ok || obj.Pkg() == nil {
		return false
	}
	if model.BuildsHandler(obj) {
		return true
	}
	res := callee.Signature.Results()
	for i := range res.Len() {
		if servesHTTP(res.At(i).Type()) {
			return true
		}
	}
	return false
}

// servesHTTP reports whether t is a concrete type whose method set, or its
// pointer's, has net/http's ServeHTTP.
func servesHTTP(t types.Type) bool {
	if types.IsInterface(t) {
		return false
	}
	obj, _, _ := types.LookupFieldOrMethod(t, true, nil, "ServeHTTP")
	m, ok := obj.(*types.Func)
	return ok && handlerKind(m.Type().(*types.Signature)) == "net/http handler"
}

// serve makes a handler of the function value v, which code reached at
// site calls on every request.
func (fl *flows) serve(v ssa.Value, site token.Pos) {
	for _, src := range sources(v) {
		fl.serveValue(src, site)
	}
}

func (fl *flows) serveValue(v ssa.Value, site token.Pos) {
	const kind = "handler run by a handler"
	switch v := v.(type) {
	case *ssa.MakeMap, *ssa.Slice, *ssa.Global:
		// A table of routes, a list of steps: every function in it. A
		// package-level variable of a function type
		// (var usersGet = withAdmin(func…)): what is stored in it.
		if fl.tables[v] {
			return
		}
		fl.tables[v] = true
		if g, ok := v.(*ssa.Global); ok && funcVar(g) {
			for _, val := range storedIn(g, fl.funcs) {
				fl.serve(val, site)
			}
			return
		}
		for _, el := range elements(v, fl.funcs) {
			fl.serve(el, site)
		}
	case *ssa.Function:
		if handlerKind(v.Signature) != "" {
			return // a handler by its own signature
		}
		if obj, ok := v.Object().(*types.Func); ok {
			fl.finder.addFunc(obj, kind, site)
		} else {
			fl.finder.addLocal(v, kind)
		}
	case *ssa.MakeClosure:
		inner := v.Fn.(*ssa.Function)
		if handlerKind(inner.Signature) != "" {
			return
		}
		if inner.Synthetic != "" {
			if obj, ok := inner.Object().(*types.Func); ok {
				fl.finder.addFunc(obj, kind, site) // a method value
			}
			return
		}
		fl.finder.addLocal(inner, kind)
		// What the literal calls, it calls per request too.
		if f := fl.compute(inner); f != nil {
			for _, i := range f.calls {
				if fv := i - len(inner.Params); fv >= 0 && fv < len(v.Bindings) {
					fl.serve(v.Bindings[fv], site)
				}
			}
		}
	case *ssa.Field, *ssa.FieldAddr:
		// e.PostProfileEndpoint, where e := MakeServerEndpoints(s): a
		// field of this package's struct, read where a handler will call
		// it. What the package stores in that field is served (go-kit's
		// Endpoints, filled with one closure per route).
		f := fieldOf(v)
		if f == nil || f.Pkg() != fl.finder.pass.Pkg || fl.storedFields[f] {
			return
		}
		fl.storedFields[f] = true
		for _, val := range storedInField(f, fl.funcs) {
			fl.serve(val, site)
		}
	case *ssa.Call:
		// withUser(fn): the wrapper's result calls fn.
		callee := v.Call.StaticCallee()
		var cf *flow
		if callee != nil {
			cf = fl.of(callee)
		}
		if cf == nil {
			if callee == nil || fl.finder.library(callee) {
				fl.serveMiddlewareArgs(v, site)
			}
			return
		}
		for _, j := range cf.wraps {
			if j < len(v.Call.Args) {
				fl.serve(v.Call.Args[j], site)
			}
		}
		fl.serveReturned(callee, site)
	}
}

// serveMiddlewareArgs serves the arguments of call, a call whose body is
// not seen (a middleware held in a variable, mw(e), or a library's,
// circuitbreaker.Gobreaker(cb)(e)), that have the type of its result: a
// middleware hands back a wrapper around the function it is given, which
// the wrapper calls on every request.
func (fl *flows) serveMiddlewareArgs(call *ssa.Call, site token.Pos) {
	res := call.Type()
	if _, ok := res.Underlying().(*types.Signature); !ok {
		return
	}
	for _, arg := range call.Call.Args {
		if types.Identical(arg.Type(), res) {
			fl.serve(arg, site)
		}
	}
}

// serveExportedWrappers makes handlers of the literals that the package's
// exported wrappers return (WithUser(fn) returns a literal that calls fn)
// when the package itself serves values of the wrapper's result type
// (its adapter Handle(fn HandleFunc) http.Handler calls fn per request).
// The routes are often in another package, which sees the wrapper only
// by its fact and cannot name the literal; the wrapper's package must
// decide, and a value of a type its own adapter serves is made to be
// served.
func (fl *flows) serveExportedWrappers(funcs []*ssa.Function) {
	var servedTypes []types.Type
	for _, fn := range funcs {
		if fn.Parent() != nil || fl.finder.inTest(fn) {
			continue
		}
		for _, j := range fl.compute(fn).serves {
			if j >= len(fn.Params) {
				continue
			}
			t := fn.Params[j].Type()
			if sig, ok := t.Underlying().(*types.Signature); ok && handlerKind(sig) == "" &&
				!slices.ContainsFunc(servedTypes, func(u types.Type) bool { return types.Identical(t, u) }) {
				servedTypes = append(servedTypes, t)
			}
		}
	}
	if len(servedTypes) == 0 {
		return
	}
	for _, fn := range funcs {
		obj, ok := fn.Object().(*types.Func)
		if !ok || fn.Parent() != nil || !obj.Exported() || fl.finder.inTest(fn) || len(fl.compute(fn).wraps) == 0 {
			continue
		}
		for r := range returned(fn) {
			if slices.ContainsFunc(servedTypes, func(t types.Type) bool { return types.Identical(r.Type(), t) }) {
				fl.serveReturned(fn, fn.Pos())
				break
			}
		}
	}
}

// returned yields the values fn's return statements return.
func returned(fn *ssa.Function) iter.Seq[ssa.Value] {
	return func(yield func(ssa.Value) bool) {
		for _, b := range fn.Blocks {
			if len(b.Instrs) == 0 {
				continue
			}
			ret, ok := b.Instrs[len(b.Instrs)-1].(*ssa.Return)
			if !ok {
				continue
			}
			for _, r := range ret.Results {
				if !yield(r) {
					return
				}
			}
		}
	}
}

// serveReturned makes handlers of the function values that callee, a
// function of this package, returns: they run on every request where its
// result is served. A returned literal is one (loginHandler(ttl) returns
// its own); so is what a returned call wraps (tusPatchHandler(c) returns
// withUser(func…)), and a function returned by name. Parameters returned
// are the wrapper's own inputs, which the flow's wraps bind already.
func (fl *flows) serveReturned(callee *ssa.Function, site token.Pos) {
	if callee.Origin() != nil {
		callee = callee.Origin()
	}
	if callee.Pkg == nil || callee.Pkg.Pkg != fl.finder.pass.Pkg || fl.results[callee] {
		return
	}
	fl.results[callee] = true
	for r := range returned(callee) {
		if _, isFunc := ssaval.Unconvert(r).Type().Underlying().(*types.Signature); isFunc {
			fl.serve(r, site)
		}
	}
}

// callbacks makes handlers of the function values that a request path
// hands to a function that calls them now: withTx(func() error { … })
// runs the literal on the request path. It repeats for the handlers it
// adds, whose own callbacks run per request too.
func (fl *flows) callbacks() {
	seen := map[*ssa.Function]bool{}
	for i := 0; i < len(fl.finder.res.Handlers); i++ {
		h := fl.finder.res.Handlers[i]
		if h.Fn == nil {
			continue
		}
		var visit func(fn *ssa.Function)
		visit = func(fn *ssa.Function) {
			if seen[fn] {
				return
			}
			seen[fn] = true
			for call := range ssaval.Calls(fn) {
				if _, async := call.(*ssa.Go); async {
					continue
				}
				common := call.Common()
				callee := common.StaticCallee()
				if callee == nil {
					continue
				}
				if cf := fl.of(callee); cf != nil {
					for _, j := range cf.calls {
						if j < len(common.Args) && isFuncValue(common.Args[j]) {
							fl.serve(common.Args[j], call.Pos())
						}
					}
				}
			}
			for _, anon := range fn.AnonFuncs {
				visit(anon)
			}
		}
		visit(h.Fn)
	}
}

// isFuncValue reports whether v is a function or a function literal, or a
// map or slice made here that holds one, as opposed to a parameter or a
// variable that holds one.
func isFuncValue(v ssa.Value) bool {
	for _, src := range sources(v) {
		switch src.(type) {
		case *ssa.Function, *ssa.MakeClosure:
			return true
		case *ssa.MakeMap, *ssa.Slice:
			for _, el := range elements(src, nil) {
				if isFuncValue(el) {
					return true
				}
			}
		}
	}
	return false
}
