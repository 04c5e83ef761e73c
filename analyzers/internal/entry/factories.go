package entry

import (
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

// impl is a concrete type returned as one of the user's interfaces.
type impl struct {
	iface    *types.Named
	concrete types.Type
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
// the factory's callers wire it, not the factory.
func returnedOnly(mi *ssa.MakeInterface) bool {
	refs := *mi.Referrers()
	if len(refs) == 0 {
		return false
	}
	for _, ref := range refs {
		switch ref := ref.(type) {
		case *ssa.Return:
		case *ssa.Phi:
			for _, r := range *ref.Referrers() {
				if _, ok := r.(*ssa.Return); !ok {
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
func (fl *flows) factoryImpls(fn *ssa.Function) []impl {
	if fn.Origin() != nil {
		fn = fn.Origin()
	}
	if fn.Pkg != nil && fn.Pkg.Pkg == fl.finder.pass.Pkg && len(fn.Blocks) > 0 {
		if impls, ok := fl.factories[fn]; ok {
			return impls
		}
		fl.factories[fn] = nil // recursion
		var impls []impl
		add := func(v ssa.Value) {
			for _, im := range fl.valueImpls(v) {
				if !slices.ContainsFunc(impls, func(x impl) bool { return x.iface == im.iface && types.Identical(x.concrete, im.concrete) }) {
					impls = append(impls, im)
				}
			}
		}
		for _, b := range fn.Blocks {
			if ret, ok := b.Instrs[len(b.Instrs)-1].(*ssa.Return); ok {
				for _, r := range ret.Results {
					add(r)
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
	var impls []impl
	for _, n := range fact.Impls {
		iface, _ := fl.finder.lookupType(n.IfacePkg, n.Iface).(*types.Named)
		t := fl.finder.lookupType(n.TypePkg, n.Type)
		if iface == nil || t == nil {
			continue
		}
		if n.Pointer {
			t = types.NewPointer(t)
		}
		impls = append(impls, impl{iface, t})
	}
	return impls
}

// valueImpls returns the implementations a returned value may be.
func (fl *flows) valueImpls(v ssa.Value) []impl {
	switch v := v.(type) {
	case *ssa.MakeInterface:
		if iface := fl.finder.userInterface(v.Type()); iface != nil && !types.IsInterface(v.X.Type()) {
			return []impl{{iface, v.X.Type()}}
		}
	case *ssa.Phi:
		var out []impl
		for _, e := range v.Edges {
			if e != v {
				out = append(out, fl.valueImpls(e)...)
			}
		}
		return out
	case *ssa.Call:
		if callee := v.Call.StaticCallee(); callee != nil {
			return fl.factoryImpls(callee)
		}
	}
	return nil
}

// exportFactories records what the package's exported factories return.
func (fl *flows) exportFactories(funcs []*ssa.Function) {
	for _, fn := range funcs {
		obj, ok := fn.Object().(*types.Func)
		if !ok || fn.Parent() != nil || !obj.Exported() || fl.finder.inTest(fn) {
			continue
		}
		var fact returnsImpls
		for _, im := range fl.factoryImpls(fn) {
			t, ptr := im.concrete, false
			if p, ok := t.(*types.Pointer); ok {
				t, ptr = p.Elem(), true
			}
			named, ok := types.Unalias(t).(*types.Named)
			if !ok || named.Obj().Pkg() == nil || named.TypeArgs().Len() > 0 {
				continue
			}
			fact.Impls = append(fact.Impls, implName{
				IfacePkg: im.iface.Obj().Pkg().Path(), Iface: im.iface.Obj().Name(),
				TypePkg: named.Obj().Pkg().Path(), Type: named.Obj().Name(), Pointer: ptr,
			})
		}
		if len(fact.Impls) > 0 {
			fl.finder.pass.ExportObjectFact(obj, &fact)
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
