package failure

import (
	"fmt"
	"go/token"
	"go/types"
	"io"
	"os"
	"reflect"
	"runtime/debug"
	"sync"
	"sync/atomic"

	"golang.org/x/tools/go/analysis"
)

// Options configure Guard.
type Options struct {
	// Empty holds, by analyzer, the result an analyzer that failed
	// returns in place of its own: one its dependents read as "nothing
	// found". An analyzer not listed returns the zero value of its
	// ResultType.
	Empty map[*analysis.Analyzer]any
	// Stderr receives the stack trace of a panic; nil means os.Stderr.
	Stderr io.Writer
}

var guarded = struct {
	sync.Mutex
	m map[*analysis.Analyzer]bool
}{m: map[*analysis.Analyzer]bool{}}

// Guard wraps the Run of every analyzer of the graph of roots, in place,
// so that a panic or an error on a package is recorded as a Failure of
// that analyzer on that package instead of ending the process or failing
// the analyzers that require it. A failed analyzer's diagnostics and
// facts on that package are dropped (it reports and exports nothing
// until it returns), and it returns the empty result that opts gives.
// The stack of a panic is written to opts.Stderr. Analyzers already
// guarded are left as they are.
//
// Run is wrapped in place, not on a copy, because analyzers find their
// prerequisites' results by pointer (pass.ResultOf[effects.Analyzer]).
func Guard(roots []*analysis.Analyzer, opts Options) {
	guarded.Lock()
	defer guarded.Unlock()
	var visit func(a *analysis.Analyzer)
	visit = func(a *analysis.Analyzer) {
		if guarded.m[a] {
			return
		}
		guarded.m[a] = true
		for _, req := range a.Requires {
			visit(req)
		}
		a.Run = guardRun(a, a.Run, opts)
	}
	for _, a := range roots {
		visit(a)
	}
}

// trackers holds, by pass, the position of the function each running
// guarded analyzer is working on (At).
var trackers sync.Map // *analysis.Pass → *atomic.Int64

// guardRun returns run guarded: it runs on a copy of the pass whose
// Report and fact functions go to a buffer, handed to the driver only
// when run returns without error, so that a failed analyzer leaves no
// partial findings or facts behind.
func guardRun(a *analysis.Analyzer, run func(*analysis.Pass) (any, error), opts Options) func(*analysis.Pass) (any, error) {
	return func(pass *analysis.Pass) (result any, err error) {
		p := *pass
		buf := newBuffer(&p)
		var pos atomic.Int64
		trackers.Store(&p, &pos)
		defer trackers.Delete(&p)
		defer func() {
			r := recover()
			if r == nil && err == nil {
				return
			}
			f := Failure{Analyzer: a.Name, Package: pass.Pkg.Path()}
			at := token.Pos(pos.Load())
			if r != nil {
				f.Panic = true
				f.Msg = fmt.Sprint(r)
				if at.IsValid() {
					posn := pass.Fset.Position(at)
					f.Pos = position(posn.Filename, posn.Line)
				}
				writeTrace(opts.Stderr, f, debug.Stack())
			} else {
				f.Msg = err.Error()
			}
			addFailure(pass.Pkg, f, at)
			result, err = emptyResult(a, opts), nil
		}()
		result, err = run(&p)
		if err == nil {
			testHook(&p)
			buf.flush()
		}
		return result, err
	}
}

var traceMu sync.Mutex

func writeTrace(w io.Writer, f Failure, stack []byte) {
	if w == nil {
		w = os.Stderr
	}
	traceMu.Lock()
	defer traceMu.Unlock()
	fmt.Fprintf(w, "statecheck: analyzer %s panicked on package %s: %s\n\n%s\nThis is a bug in statecheck; please report it with the trace above.\n",
		f.Analyzer, f.Package, f.Msg, stack)
}

func emptyResult(a *analysis.Analyzer, opts Options) any {
	if r, ok := opts.Empty[a]; ok {
		return r
	}
	if a.ResultType == nil {
		return nil
	}
	return reflect.Zero(a.ResultType).Interface()
}

// At records that the analyzer of pass is working on the function at pos,
// so that a panic names it, until done is called. Analyzers call it for
// each function they analyze:
//
//	done := failure.At(pass, fn.Pos())
//	...
//	done()
//
// A panic before done keeps pos. Outside Guard it records nothing.
func At(pass *analysis.Pass, pos token.Pos) (done func()) {
	v, ok := trackers.Load(pass)
	if !ok {
		testHook(pass)
		return func() {}
	}
	t := v.(*atomic.Int64)
	prev := t.Swap(int64(pos))
	testHook(pass)
	return func() { t.Store(prev) }
}

// recorded holds, by package, the failures of this process not yet
// taken by the Reporter.
var recorded = struct {
	sync.Mutex
	m map[*types.Package][]record
}{m: map[*types.Package][]record{}}

type record struct {
	Failure
	pos token.Pos // in the package's file set; NoPos when not known
}

func addFailure(pkg *types.Package, f Failure, pos token.Pos) {
	recorded.Lock()
	defer recorded.Unlock()
	recorded.m[pkg] = append(recorded.m[pkg], record{f, pos})
}

// take removes and returns the failures recorded on pkg.
func take(pkg *types.Package) []record {
	recorded.Lock()
	defer recorded.Unlock()
	rs := recorded.m[pkg]
	delete(recorded.m, pkg)
	return rs
}

// buffer holds what an analyzer reports and exports until it returns.
// Its facts are visible to the analyzer itself as if exported.
type buffer struct {
	mu       sync.Mutex
	pass     analysis.Pass // the driver's functions
	diags    []analysis.Diagnostic
	objFacts map[objKey]analysis.Fact
	objOrder []objKey
	pkgFacts map[reflect.Type]analysis.Fact
	pkgOrder []reflect.Type
}

type objKey struct {
	obj types.Object
	t   reflect.Type
}

// newBuffer points p's Report and fact functions at a new buffer.
func newBuffer(p *analysis.Pass) *buffer {
	b := &buffer{pass: *p, objFacts: map[objKey]analysis.Fact{}, pkgFacts: map[reflect.Type]analysis.Fact{}}
	p.Report = func(d analysis.Diagnostic) {
		b.mu.Lock()
		defer b.mu.Unlock()
		b.diags = append(b.diags, d)
	}
	if b.pass.ExportObjectFact != nil {
		p.ExportObjectFact = func(obj types.Object, fact analysis.Fact) {
			if obj == nil || obj.Pkg() != b.pass.Pkg {
				b.pass.ExportObjectFact(obj, fact) // the driver says what is wrong
				return
			}
			b.mu.Lock()
			defer b.mu.Unlock()
			k := objKey{obj, reflect.TypeOf(fact)}
			if _, ok := b.objFacts[k]; !ok {
				b.objOrder = append(b.objOrder, k)
			}
			b.objFacts[k] = fact
		}
		p.ImportObjectFact = func(obj types.Object, ptr analysis.Fact) bool {
			b.mu.Lock()
			f, ok := b.objFacts[objKey{obj, reflect.TypeOf(ptr)}]
			b.mu.Unlock()
			if ok {
				reflect.ValueOf(ptr).Elem().Set(reflect.ValueOf(f).Elem())
				return true
			}
			return b.pass.ImportObjectFact(obj, ptr)
		}
		p.AllObjectFacts = func() []analysis.ObjectFact {
			all := b.pass.AllObjectFacts()
			b.mu.Lock()
			defer b.mu.Unlock()
			for _, k := range b.objOrder {
				all = append(all, analysis.ObjectFact{Object: k.obj, Fact: b.objFacts[k]})
			}
			return all
		}
	}
	if b.pass.ExportPackageFact != nil {
		p.ExportPackageFact = func(fact analysis.Fact) {
			b.mu.Lock()
			defer b.mu.Unlock()
			t := reflect.TypeOf(fact)
			if _, ok := b.pkgFacts[t]; !ok {
				b.pkgOrder = append(b.pkgOrder, t)
			}
			b.pkgFacts[t] = fact
		}
		p.ImportPackageFact = func(pkg *types.Package, ptr analysis.Fact) bool {
			if pkg == b.pass.Pkg {
				b.mu.Lock()
				f, ok := b.pkgFacts[reflect.TypeOf(ptr)]
				b.mu.Unlock()
				if ok {
					reflect.ValueOf(ptr).Elem().Set(reflect.ValueOf(f).Elem())
					return true
				}
			}
			return b.pass.ImportPackageFact(pkg, ptr)
		}
		p.AllPackageFacts = func() []analysis.PackageFact {
			all := b.pass.AllPackageFacts()
			b.mu.Lock()
			defer b.mu.Unlock()
			for _, t := range b.pkgOrder {
				all = append(all, analysis.PackageFact{Package: b.pass.Pkg, Fact: b.pkgFacts[t]})
			}
			return all
		}
	}
	return b
}

// flush hands the driver what the analyzer reported and exported.
func (b *buffer) flush() {
	b.mu.Lock()
	defer b.mu.Unlock()
	for _, k := range b.objOrder {
		b.pass.ExportObjectFact(k.obj, b.objFacts[k])
	}
	for _, t := range b.pkgOrder {
		b.pass.ExportPackageFact(b.pkgFacts[t])
	}
	for _, d := range b.diags {
		b.pass.Report(d)
	}
}
