package entry

import (
	"go/token"
	"go/types"
	"slices"

	"golang.org/x/tools/go/ssa"
)

// Many packages hand out their implementation already converted:
// func NewCargoRepository() shipping.CargoRepository { return
// &cargoRepository{…} }. The conversion then happens in the factory, whose
// package cannot see the request paths, and the program is assembled
// where the factory is called. So a conversion whose value is returned is
// not a wiring itself; each call of the factory is, wherever it is, and
// the returnsImpls fact carries what a factory returns to the packages
// that call it.

// Impl is a concrete type returned as one of the user's interfaces.
type Impl struct {
	Iface    *types.Named
	Concrete types.Type // nil when the type cannot be seen here
	// factory and typeName, for a type that cannot be seen here: the
	// factory of another package that returns it, and its
	// "path.Name" (see Handler.ImplType).
	factory  *types.Func
	typeName string
	pointer  bool
	uses     []methodUses
}

// methodUses returns the interface methods that the method called
// method of an implementation of a factory of another package calls.
func (im Impl) methodUses(method string) []string {
	for _, mi := range im.uses {
		if mi.Method == method {
			return mi.Uses
		}
	}
	return nil
}

// same reports whether two implementations are of the same type.
func (a Impl) same(b Impl) bool {
	if a.Concrete == nil || b.Concrete == nil {
		return a.typeName == b.typeName && a.Concrete == b.Concrete
	}
	return types.Identical(a.Concrete, b.Concrete)
}

// returnsImpls lists, for an exported factory, the implementations it
// returns: types by package path and name, as objects of other packages
// are named in facts.
type returnsImpls struct {
	Impls []implName
}

type implName struct {
	IfacePkg, Iface string
	TypePkg, Type   string
	Pointer         bool
	// Uses are, for each method of the interface, the interface
	// methods the implementation's method calls (see flow.uses): the
	// callers cannot read them from the method's own fact when the type
	// is not in their export data.
	Uses []methodUses
}

type methodUses struct {
	Method string
	Uses   []string
}

func (*returnsImpls) AFact() {}

func (r *returnsImpls) String() string {
	s := "returns impls:"
	for _, i := range r.Impls {
		star := ""
		if i.Pointer {
			star = "*"
		}
		s += " " + star + i.TypePkg + "." + i.Type + " as " + i.IfacePkg + "." + i.Iface
	}
	return s
}

// returnedOnly reports whether a conversion's value is only returned:
// the factory's callers wire it, not the factory. The value may pass
// through φ-nodes and through the local variable that a function with a
// defer returns its results from.
func returnedOnly(mi *ssa.MakeInterface) bool {
	return onlyReturned(mi, map[ssa.Value]bool{})
}

func onlyReturned(v ssa.Value, seen map[ssa.Value]bool) bool {
	if seen[v] {
		return true
	}
	seen[v] = true
	refs := *v.Referrers()
	if len(refs) == 0 {
		return false
	}
	for _, ref := range refs {
		switch ref := ref.(type) {
		case *ssa.Return:
		case *ssa.Phi:
			if !onlyReturned(ref, seen) {
				return false
			}
		case *ssa.Store:
			cell, ok := ref.Addr.(*ssa.Alloc)
			if !ok || ref.Val != v {
				return false
			}
			for _, use := range *cell.Referrers() {
				switch use := use.(type) {
				case *ssa.Store:
				case *ssa.UnOp:
					if use.Op != token.MUL || !onlyReturned(use, seen) {
						return false
					}
				default:
					return false
				}
			}
		default:
			return false
		}
	}
	return true
}

// factoryImpls returns the implementations that a call of fn returns.
func (fl *flows) factoryImpls(fn *ssa.Function) []Impl {
	if fn.Origin() != nil {
		fn = fn.Origin()
	}
	if fn.Pkg != nil && fn.Pkg.Pkg == fl.finder.pass.Pkg && len(fn.Blocks) > 0 {
		if impls, ok := fl.factories[fn]; ok {
			return impls
		}
		fl.factories[fn] = nil // recursion
		var impls []Impl
		add := func(v ssa.Value) {
			for _, im := range fl.valueImpls(v) {
				if !slices.ContainsFunc(impls, func(x Impl) bool { return x.Iface == im.Iface && x.same(im) }) {
					impls = append(impls, im)
				}
			}
		}
		for _, b := range fn.Blocks {
			for _, instr := range b.Instrs {
				switch instr := instr.(type) {
				case *ssa.MakeInterface:
					if returnedOnly(instr) {
						add(instr)
					}
				case *ssa.Return:
					for _, r := range instr.Results {
						add(r)
					}
				}
			}
		}
		fl.factories[fn] = impls
		return impls
	}
	obj, ok := fn.Object().(*types.Func)
	if !ok {
		return nil
	}
	var fact returnsImpls
	if !fl.finder.pass.ImportObjectFact(obj.Origin(), &fact) {
		return nil
	}
	var impls []Impl
	for _, n := range fact.Impls {
		iface, _ := fl.finder.lookupType(n.IfacePkg, n.Iface).(*types.Named)
		if iface == nil {
			continue
		}
		t := fl.finder.lookupType(n.TypePkg, n.Type)
		if t == nil {
			// Unexported, so not in the export data: the factory's
			// ImplSummary fact has its methods' effects.
			impls = append(impls, Impl{Iface: iface, factory: obj.Origin(), typeName: n.TypePkg + "." + n.Type, pointer: n.Pointer, uses: n.Uses})
			continue
		}
		if n.Pointer {
			t = types.NewPointer(t)
		}
		impls = append(impls, Impl{Iface: iface, Concrete: t})
	}
	return impls
}

// valueImpls returns the implementations a returned value may be.
func (fl *flows) valueImpls(v ssa.Value) []Impl {
	return fl.valueImplsSeen(v, map[*ssa.Phi]bool{})
}

func (fl *flows) valueImplsSeen(v ssa.Value, seen map[*ssa.Phi]bool) []Impl {
	switch v := v.(type) {
	case *ssa.MakeInterface:
		if iface := fl.finder.userInterface(v.Type()); iface != nil && !types.IsInterface(v.X.Type()) {
			return []Impl{{Iface: iface, Concrete: v.X.Type()}}
		}
	case *ssa.Phi:
		if seen[v] {
			return nil // a loop of φ-nodes
		}
		seen[v] = true
		var out []Impl
		for _, e := range v.Edges {
			out = append(out, fl.valueImplsSeen(e, seen)...)
		}
		return out
	case *ssa.Call:
		if callee := v.Call.StaticCallee(); callee != nil {
			return fl.factoryImpls(callee)
		}
	case *ssa.ChangeInterface:
		// A repository's own interface narrowed to the one a service
		// takes: svc.New(repo) where repo is a memrepo.Store.
		return fl.retarget(fl.anyImpls(v.X, seen), v.Type())
	case *ssa.TypeAssert:
		// Handed over as any or as another interface first, then
		// asserted: impl.(store.Links).
		if types.IsInterface(v.AssertedType) {
			return fl.retarget(fl.anyImpls(v.X, seen), v.AssertedType)
		}
	}
	return nil
}

// anyImpls returns the implementations a value of any interface type may
// be: those of its conversion, whatever the interface converted to.
func (fl *flows) anyImpls(v ssa.Value, seen map[*ssa.Phi]bool) []Impl {
	if mi, ok := v.(*ssa.MakeInterface); ok && !types.IsInterface(mi.X.Type()) {
		return []Impl{{Iface: nil, Concrete: mi.X.Type()}}
	}
	return fl.valueImplsSeen(v, seen)
}

// retarget turns implementations of one interface into implementations
// of the user's interface to, which they must implement.
func (fl *flows) retarget(impls []Impl, to types.Type) []Impl {
	iface := fl.finder.userInterface(to)
	if iface == nil {
		return nil
	}
	var out []Impl
	for _, im := range impls {
		if im.Concrete != nil && !types.Implements(im.Concrete, iface.Underlying().(*types.Interface)) {
			continue
		}
		im.Iface = iface
		out = append(out, im)
	}
	return out
}

// exportFactories records what the package's exported factories return.
func (fl *flows) exportFactories(funcs []*ssa.Function) {
	for _, fn := range funcs {
		obj, ok := fn.Object().(*types.Func)
		if !ok || fn.Parent() != nil || !obj.Exported() || fl.finder.inTest(fn) {
			continue
		}
		var fact returnsImpls
		var local []Impl
		for _, im := range fl.factoryImpls(fn) {
			if im.Concrete == nil {
				continue // another package's factory's: not ours to export
			}
			t, ptr := im.Concrete, false
			if p, ok := t.(*types.Pointer); ok {
				t, ptr = p.Elem(), true
			}
			named, ok := types.Unalias(t).(*types.Named)
			if !ok || named.Obj().Pkg() == nil || named.TypeArgs().Len() > 0 {
				continue
			}
			n := implName{
				IfacePkg: im.Iface.Obj().Pkg().Path(), Iface: im.Iface.Obj().Name(),
				TypePkg: named.Obj().Pkg().Path(), Type: named.Obj().Name(), Pointer: ptr,
			}
			iface := im.Iface.Underlying().(*types.Interface)
			for i := range iface.NumMethods() {
				m := iface.Method(i)
				obj, _, _ := types.LookupFieldOrMethod(im.Concrete, true, m.Pkg(), m.Name())
				if mfn, ok := obj.(*types.Func); ok {
					if keys := fl.uses(fl.finder.prog.FuncValue(mfn)); len(keys) > 0 {
						n.Uses = append(n.Uses, methodUses{Method: m.Name(), Uses: slices.Sorted(slices.Values(keys))})
					}
				}
			}
			fact.Impls = append(fact.Impls, n)
			local = append(local, im)
		}
		if len(fact.Impls) > 0 {
			fl.finder.pass.ExportObjectFact(obj, &fact)
			fl.finder.res.Factories[obj] = local
		}
	}
}

// lookupType finds the type called name in the package at path, among the
// packages this one imports, directly or not.
func (f *finder) lookupType(path, name string) types.Type {
	if f.packages == nil {
		f.packages = map[string]*types.Package{}
		var visit func(p *types.Package)
		visit = func(p *types.Package) {
			if _, ok := f.packages[p.Path()]; ok {
				return
			}
			f.packages[p.Path()] = p
			for _, imp := range p.Imports() {
				visit(imp)
			}
		}
		visit(f.pass.Pkg)
	}
	p := f.packages[path]
	if p == nil {
		return nil
	}
	tn, ok := p.Scope().Lookup(name).(*types.TypeName)
	if !ok {
		return nil
	}
	return tn.Type()
}
