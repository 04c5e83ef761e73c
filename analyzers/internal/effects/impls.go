package effects

import (
	"fmt"
	"go/types"
	"slices"
	"strings"

	"golang.org/x/tools/go/ssa"

	"github.com/statecheck/statecheck/analyzers/internal/entry"
)

// ImplSummary is the fact on a factory that returns an implementation of
// one of the user's interfaces (func NewCargoRepository()
// CargoRepository): the summaries of the implementation's methods. The
// packages that call the factory are where the program is assembled, but
// when the implementation's type is unexported they cannot see it, nor
// the Summary facts of its methods; this fact carries them there.
type ImplSummary struct {
	Methods []ImplMethod
}

// ImplMethod is one method of an implementation a factory returns.
type ImplMethod struct {
	Type    string // "path/to/pkg.Name"
	Method  string
	Effects []Effect
}

// AFact marks ImplSummary as an analysis fact.
func (*ImplSummary) AFact() {}

func (s *ImplSummary) String() string {
	parts := make([]string, len(s.Methods))
	for i, m := range s.Methods {
		parts[i] = fmt.Sprintf("%s.%s: %d effects", m.Type, m.Method, len(m.Effects))
	}
	return "impl summary: " + strings.Join(parts, ", ")
}

// exportImpls exports an ImplSummary for each factory of the package
// whose implementation's methods have effects.
func (s *summarizer) exportImpls(prog *ssa.Program, factories map[*types.Func][]entry.Impl) {
	if len(factories) == 0 {
		return
	}
	for factory, impls := range factories {
		var fact ImplSummary
		for _, im := range impls {
			t := im.Concrete
			if p, ok := t.(*types.Pointer); ok {
				t = p.Elem()
			}
			named, ok := types.Unalias(t).(*types.Named)
			if !ok || named.Obj().Pkg() != s.pass.Pkg {
				continue // declared elsewhere: its own Summary facts serve
			}
			iface := im.Iface.Underlying().(*types.Interface)
			for i := range iface.NumMethods() {
				m := iface.Method(i)
				obj, _, _ := types.LookupFieldOrMethod(im.Concrete, true, m.Pkg(), m.Name())
				fn, ok := obj.(*types.Func)
				if !ok {
					continue
				}
				sfn := prog.FuncValue(fn)
				if sfn == nil {
					continue
				}
				var effs []Effect
				for _, e := range s.summary(sfn) {
					if e.Target.Root != FreeVar {
						effs = append(effs, e)
					}
				}
				if len(effs) > 0 {
					fact.Methods = append(fact.Methods, ImplMethod{
						Type:    named.Obj().Pkg().Path() + "." + named.Obj().Name(),
						Method:  m.Name(),
						Effects: effs,
					})
				}
			}
		}
		if len(fact.Methods) > 0 {
			slices.SortFunc(fact.Methods, func(a, b ImplMethod) int {
				return strings.Compare(a.Type+"."+a.Method, b.Type+"."+b.Method)
			})
			s.pass.ExportObjectFact(factory, &fact)
		}
	}
}

// FactoryImpl returns the summary of method of the implementation of type
// typ ("path/to/pkg.Name") that factory, a function of another package,
// returns.
func (r *Result) FactoryImpl(factory *types.Func, typ, method string) []Effect {
	if r.s == nil {
		return nil
	}
	var fact ImplSummary
	if !r.s.pass.ImportObjectFact(factory, &fact) {
		return nil
	}
	for _, m := range fact.Methods {
		if m.Type == typ && m.Method == method {
			effs := slices.Clone(m.Effects)
			for i := range effs {
				effs[i].remote = true
			}
			return effs
		}
	}
	return nil
}
