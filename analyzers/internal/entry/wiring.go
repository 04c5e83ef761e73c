package entry

import (
	"fmt"
	"go/token"
	"go/types"
	"path/filepath"
	"slices"
	"strings"

	"golang.org/x/tools/go/ssa"

	"github.com/statecheck/statecheck/analyzers/internal/names"
	"github.com/statecheck/statecheck/analyzers/internal/scope"
)

// A handler usually holds an interface (Store, Repository) and main
// decides what sits behind it. The handler's package sees only the
// interface; the package that converts a concrete type to it sees the
// implementation but not, by itself, that a request path calls it. This
// file joins the two, RTA-style and one package at a time:
//
//   - every package records, in the servedMethods fact, the methods of the
//     user's interfaces that its request paths call;
//   - a package that converts a concrete type to one of those interfaces,
//     outside any request path (the wiring: main, a constructor), makes a
//     handler of the type's method, reported at the conversion: the
//     implementation is long-lived and every request reaches it.
//
// A type never converted to the interface stays out, and so does one
// converted on a request path (a request-scoped implementation).

// servedMethods lists the interface methods that a package's request
// paths call, each with the first handler found to call it, for messages.
type servedMethods struct {
	Methods []servedMethod
}

type servedMethod struct {
	Method  string // "path/to/pkg.Interface.Method"
	Handler string // "api.Server.Shorten"
	// Posn is where that handler is declared, "file:line:col", for the
	// related information of findings reported where the implementation
	// is wired.
	Posn string
}

func (*servedMethods) AFact() {}

func (s *servedMethods) String() string {
	var parts []string
	for _, m := range s.Methods {
		parts = append(parts, m.Method+" from "+m.Handler)
	}
	return "served methods: " + strings.Join(parts, ", ")
}

// madePrefix marks, in a flow's uses, a call on an interface value that
// the code made on its way rather than read from memory: the result of a
// call (store.Auth.Get(method).Auth(r)) or a conversion. The value is
// then the request's own as far as anyone can tell, not the long-lived
// one that the wiring made.
const madePrefix = "made "

// madeHere reports whether the interface value v is made on the way.
func madeHere(v ssa.Value) bool {
	srcs := sources(v)
	for _, src := range srcs {
		if x, ok := src.(*ssa.Extract); ok {
			src = x.Tuple
		}
		switch src.(type) {
		case *ssa.Call, *ssa.MakeInterface:
		default:
			return false
		}
	}
	return len(srcs) > 0
}

// methodKey names an interface method the same way in every package.
func methodKey(iface *types.Named, method string) string {
	return iface.Obj().Pkg().Path() + "." + iface.Obj().Name() + "." + method
}

// userInterface returns the named interface that the receiver of an
// interface call or the target of a conversion has, when it is declared
// in the user's code: the interfaces of the standard library and of
// third-party modules (io.Writer, error) are called on every path and
// implemented by everything, and would make the analysis noise.
func (f *finder) userInterface(t types.Type) *types.Named {
	named, ok := types.Unalias(t).(*types.Named)
	if !ok || named.Obj().Pkg() == nil || !types.IsInterface(named) {
		return nil
	}
	path := named.Obj().Pkg().Path()
	if scope.StdPackage(path) {
		return nil
	}
	if m := f.pass.Module; m != nil && m.Path != "" && path != m.Path && !strings.HasPrefix(path, m.Path+"/") {
		return nil
	}
	return named
}

// uses returns the user's interface methods that fn calls, itself or
// through the functions it calls statically and the literals it makes.
func (fl *flows) uses(fn *ssa.Function) []string {
	if f := fl.of(fn); f != nil {
		return f.uses
	}
	return nil
}

// wire finds the request paths' interface calls visible here and the
// conversions of this package that implement them, and makes handlers of
// the implementations' methods. An implementation's own interface calls
// are on the request path too (a service that calls a repository), so
// wiring repeats until no new implementation is reached.
func (fl *flows) wire(funcs []*ssa.Function) {
	f := fl.finder
	served := map[string]servedMethod{} // method key → who calls it, for messages
	for _, pf := range f.pass.AllPackageFacts() {
		if sm, ok := pf.Fact.(*servedMethods); ok && pf.Package != f.pass.Pkg {
			for _, m := range sm.Methods {
				if _, ok := served[m.Method]; !ok {
					served[m.Method] = m
				}
			}
		}
	}
	wirings, impls := fl.wirings(funcs)
	var own []servedMethod
	for done, first := 0, true; first || done < len(f.res.Handlers); first = false {
		for _, h := range f.res.Handlers[done:] {
			var keys []string
			var name, qualified string // for messages here, and in other packages
			var posn string
			switch {
			case h.ImplMethod != "":
				keys = h.implUses
			case h.Fn != nil:
				keys = fl.uses(h.Fn)
				name = names.Func(h.Fn, f.pass.Pkg)
				qualified = names.Func(h.Fn, nil)
				posn = f.pass.Fset.Position(h.Fn.Pos()).String()
			default:
				var fact runsFuncs
				if f.pass.ImportObjectFact(h.Func, &fact) {
					keys = fact.Uses
				}
				name = names.Object(h.Func, f.pass.Pkg)
				qualified = names.Object(h.Func, nil)
				posn = f.pass.Fset.Position(h.Func.Pos()).String()
			}
			if h.Via != "" {
				// An implementation's own interface calls: the request
				// path still starts at the handler that reached it.
				name, qualified, posn = h.chain, h.chain, h.EntryPosn
			}
			for _, k := range keys {
				if _, ok := served[k]; !ok {
					served[k] = servedMethod{Method: k, Handler: name, Posn: posn}
					own = append(own, servedMethod{Method: k, Handler: qualified, Posn: posn})
				}
			}
		}
		done = len(f.res.Handlers)
		for _, w := range wirings {
			iface := w.Iface.Underlying().(*types.Interface)
			for i := range iface.NumMethods() {
				m := iface.Method(i)
				// Where request paths only call the method on values
				// they made (a store that decodes an authenticator per
				// request), the receiver is not known to be the one
				// wired here.
				key := methodKey(w.Iface, m.Name())
				sm, ok := served[key]
				scoped := false
				if !ok {
					if sm, ok = served[madePrefix+key]; !ok {
						continue
					}
					scoped = true
				}
				chain := sm.Handler + " → " + w.Iface.Obj().Name() + "." + m.Name()
				entry := wiredEntry{chain: chain, posn: sm.Posn, text: "request path " + chain}
				via := fmt.Sprintf("%s (%s", chain, w.typeString(f.pass.Pkg))
				if n := len(impls[w.Iface]); n > 1 {
					via += fmt.Sprintf(", one of %d implementations", n)
				}
				via += fmt.Sprintf(" wired at %s)", shortPosition(f.pass.Fset.Position(w.pos)))
				if w.Concrete == nil {
					f.addFactoryWired(w.Impl, m.Name(), via, entry, w.pos, scoped)
					continue
				}
				obj, _, _ := types.LookupFieldOrMethod(w.Concrete, true, m.Pkg(), m.Name())
				if impl, ok := obj.(*types.Func); ok {
					f.addWired(impl, via, entry, w.pos, scoped)
				}
			}
		}
	}
	if len(own) > 0 {
		f.pass.ExportPackageFact(&servedMethods{Methods: own})
	}
}

// wiring is a conversion of a concrete type to one of the user's
// interfaces, outside request paths.
type wiring struct {
	Impl
	pos token.Pos
}

// wirings lists the package's wirings, and for each interface the
// distinct types wired to it.
func (fl *flows) wirings(funcs []*ssa.Function) ([]wiring, map[*types.Named][]Impl) {
	f := fl.finder
	var wirings []wiring
	impls := map[*types.Named][]Impl{}
	for _, fn := range funcs {
		if f.inTest(fn) || f.res.WithinHandler(fn) {
			continue
		}
		for _, b := range fn.Blocks {
			for _, instr := range b.Instrs {
				var found []Impl
				var pos token.Pos
				switch instr := instr.(type) {
				case *ssa.MakeInterface:
					if returnedOnly(instr) {
						continue // a factory: wired where it is called
					}
					found, pos = fl.valueImpls(instr), conversionSite(instr)
				case *ssa.ChangeInterface, *ssa.TypeAssert:
					v := instr.(ssa.Value)
					if onlyReturned(v, map[ssa.Value]bool{}) {
						continue // a factory: wired where it is called
					}
					found, pos = fl.valueImpls(v), valueSite(v)
				case *ssa.Call:
					if callee := instr.Call.StaticCallee(); callee != nil {
						found, pos = fl.factoryImpls(callee), instr.Pos()
					}
				}
				for _, im := range found {
					wirings = append(wirings, wiring{im, pos})
					if !slices.ContainsFunc(impls[im.Iface], im.same) {
						impls[im.Iface] = append(impls[im.Iface], im)
					}
				}
			}
		}
	}
	return wirings, impls
}

// conversionSite is where a conversion wires an implementation: the call
// that made the value (memstore.New()), the explicit conversion, or the
// call, store or return that needed an implicit one.
func conversionSite(mi *ssa.MakeInterface) token.Pos {
	if call, ok := mi.X.(*ssa.Call); ok && call.Pos().IsValid() {
		return call.Pos()
	}
	return valueSite(mi)
}

// valueSite is where a conversion v is written, or where the call, store
// or return that needed it is.
func valueSite(v ssa.Value) token.Pos {
	if v.Pos().IsValid() {
		return v.Pos()
	}
	for _, ref := range *v.Referrers() {
		if p := ref.Pos(); p.IsValid() {
			return p
		}
	}
	return v.Parent().Pos()
}

// byName qualifies types by package name, except those of from.
func byName(from *types.Package) types.Qualifier {
	return func(p *types.Package) string {
		if p == from {
			return ""
		}
		return p.Name()
	}
}

func shortPosition(p token.Position) string {
	return fmt.Sprintf("%s:%d", filepath.Base(p.Filename), p.Line)
}

// wiredEntry is how a request path reaches a wired implementation: the
// chain for messages ("api.Server.Shorten → Links.Save"), and where the
// handler at its start is declared, with the text of the related
// information that points there.
type wiredEntry struct {
	chain, posn, text string
}

// addWired adds the method impl of an implementation wired at site as a
// handler reached through the interface: via names the way.
func (f *finder) addWired(impl *types.Func, via string, entry wiredEntry, site token.Pos, scoped bool) {
	impl = impl.Origin()
	key := wiredKey{impl: impl, site: site}
	if f.wired[key] || f.remote[impl] {
		return // a handler already, as gRPC methods are
	}
	f.wired[key] = true
	h := &Handler{Func: impl, Site: site, Kind: "implementation reached from a handler", Via: via, chain: entry.chain, EntryPosn: entry.posn, EntryText: entry.text, scoped: scoped}
	if impl.Pkg() == f.pass.Pkg {
		fn := f.prog.FuncValue(impl)
		if fn == nil || len(fn.Blocks) == 0 || f.res.local[fn] != nil {
			return
		}
		h.Fn = fn
	} else if f.pass.ImportObjectFact(impl, new(isHandler)) {
		return
	}
	f.res.Handlers = append(f.res.Handlers, h)
}

type wiredKey struct {
	impl *types.Func
	site token.Pos
	// method is the method of a factory's unseen type (impl is then the
	// factory).
	method string
}

// addFactoryWired is addWired for an implementation whose type cannot be
// seen here: its method's effects come with the factory.
func (f *finder) addFactoryWired(im Impl, method, via string, entry wiredEntry, site token.Pos, scoped bool) {
	key := wiredKey{im.factory, site, im.typeName + "." + method}
	if f.wired[key] {
		return
	}
	f.wired[key] = true
	f.res.Handlers = append(f.res.Handlers, &Handler{
		Func: im.factory, Site: site, Kind: "implementation reached from a handler",
		Via: via, chain: entry.chain, EntryPosn: entry.posn, EntryText: entry.text,
		ImplType: im.typeName, ImplMethod: method,
		implUses: im.methodUses(method), scoped: scoped,
	})
}

// typeString names the implementation's type for messages.
func (im Impl) typeString(from *types.Package) string {
	if im.Concrete != nil {
		return types.TypeString(im.Concrete, byName(from))
	}
	name := im.typeName
	if i := strings.LastIndexByte(name, '/'); i >= 0 {
		name = name[i+1:]
	}
	if im.pointer {
		name = "*" + name
	}
	return name
}
