// Package entry finds the request paths of a package: the functions that
// run once per request. It reports nothing; the check analyzers read its
// result.
//
// A function is a request handler when
//   - its parameters are a framework's request: net/http's
//     (http.ResponseWriter, *http.Request), gin's *gin.Context, echo's
//     Context (v4) or *Context (v5), fiber's *Ctx (v2) or Ctx (v3),
//     fasthttp's *RequestCtx, connect's *connect.Request[T] and streams,
//     gRPC's server streams. Closures count, so the inner handler of a
//     middleware and the http.HandlerFunc a method returns are handlers,
//     while the code that builds them is not;
//   - it is a method of a type that embeds a generated
//     Unimplemented…Server (gRPC) or Unimplemented…Handler (connect), and
//     implements a method of it;
//   - it is a method of a value passed to a generated Register…Server;
//   - it is a function value converted to a named function type that
//     implements http.Handler (the appHandler pattern);
//   - it is a function value passed to a call that returns a handler: an
//     adapter such as toHTTP(deps, handleLogin) whose returned closure
//     calls it on every request;
//   - it is a function value that a handler calls: passed to a function
//     whose handler closure calls it (a router's GET(path, h) over
//     http.ServeMux), stored in a field whose function values a handler
//     calls (a table of routes), put in a map or slice whose elements a
//     handler calls (a package-level table, a captured one, a list of
//     steps), or wrapped by a function whose result calls it
//     (withUser(h)). The value may be held in a package-level variable
//     (var usersGet = withAdmin(func…)), returned by a constructor,
//     wrapped or not (tusPatch(c) returns withUser(func…)), or chosen
//     on two branches; an exported wrapper's own literal is one when its
//     package serves values of the wrapper's result type, for routes
//     registered in another package; see funcvalues.go;
//   - it is a function value given to a library call that builds a
//     handler of the library's (a type whose ServeHTTP calls it, as
//     go-kit's kithttp.NewServer(endpoint, decode, encode) does, or
//     go-kit's gRPC transport): statecheck does not read libraries, so
//     such a call is taken to serve every function value it is given.
//     The value may be read from a field of one of this package's
//     structs (e.PostProfileEndpoint, where MakeServerEndpoints fills
//     Endpoints with one closure per route): what the package stores in
//     that field is served. A call whose body is not seen (a library's
//     endpoint.Chain(mw...)(e), a middleware held in a variable) and
//     whose result has the type of an argument wraps that argument;
//   - it is the method of a concrete type that this package converts to
//     one of the user's interfaces outside request paths, when a request
//     path visible here calls that interface method; see wiring.go and
//     factories.go;
//   - its first parameter is one of the -handlers types, or it is passed
//     to one of the -registrars functions (package settings): an in-house
//     framework.
//
// Everything is decided from go/types, never from identifier text.
// Functions in _test.go files are never handlers.
//
// Handlers declared in this package are marked with a fact, so a package
// that registers them does not report their effects a second time.
package entry

import (
	"go/token"
	"go/types"
	"reflect"
	"slices"
	"strings"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/ssa"

	"github.com/statecheck/statecheck/analyzers/internal/lintkit"
	"github.com/statecheck/statecheck/analyzers/internal/names"
	"github.com/statecheck/statecheck/analyzers/internal/settings"
	"github.com/statecheck/statecheck/analyzers/internal/ssabuild"
	"github.com/statecheck/statecheck/analyzers/internal/ssaval"
)

// Analyzer finds the package's request handlers; its result is a *Result.
var Analyzer = &analysis.Analyzer{
	Name:       "statecheckentry",
	Doc:        "find the request handlers of a package, for statecheck",
	Run:        run,
	Requires:   []*analysis.Analyzer{ssabuild.Analyzer},
	ResultType: reflect.TypeFor[*Result](),
	FactTypes:  []analysis.Fact{new(isHandler), new(runsFuncs), new(servedField), new(servedMethods), new(returnsImpls)},
}

// isHandler marks a function or method that its own package found to be
// a request handler.
type isHandler struct{ Kind string }

func (*isHandler) AFact() {}

func (h *isHandler) String() string { return "handler: " + h.Kind }

// Handler is one request path's entry point.
type Handler struct {
	// Fn is the handler when it is declared in this package.
	Fn *ssa.Function
	// Func is the handler when it is declared in another package and
	// registered here; Fn is nil then.
	Func *types.Func
	// Site is where a handler of another package is registered.
	Site token.Pos
	// Kind says what made it a handler: "net/http handler", "gRPC method".
	Kind string
	// Via, for the method of an implementation that a request path
	// reaches through an interface, names that way for messages:
	// "Shorten → Storage.Save (*memstore.Store wired at main.go:41)".
	// Site is then the conversion that wires the implementation.
	Via string
	// chain is Via without the implementation: "Shorten → Storage.Save".
	chain string
	// EntryPosn, for an implementation reached through an interface, is
	// where the handler at the start of the request path is declared
	// ("file:line:col"), and EntryText says so for related information:
	// "request path api.Server.Shorten → Links.Save". The finding is
	// reported at the wiring; the reader also wants the handler.
	EntryPosn, EntryText string
	// ImplType and ImplMethod name the implementation's type
	// ("path/to/inmem.cargoRepository") and method when a factory of
	// another package returns it and its type cannot be seen here (an
	// unexported type is not in the export data): Func is then the
	// factory, whose ImplSummary fact holds the method's effects.
	ImplType, ImplMethod string
	// implUses are the interface methods ImplMethod calls.
	implUses []string
	// bySignature is set for a handler found by its parameters alone.
	bySignature bool
	// scoped reports that the request paths reach this implementation's
	// method only on values they made themselves: its receiver is then
	// not known to be the long-lived value that was wired.
	scoped bool
}

// Name names the handler for messages, as seen from package from.
func (h *Handler) Name(from *types.Package) string {
	switch {
	case h.Via != "":
		return h.Via
	case h.Fn != nil:
		return names.Func(h.Fn, from)
	}
	return names.Object(h.Func, from)
}

// Method reports whether the handler is a method whose receiver is the
// long-lived server value: a method, except an implementation's method
// that request paths call only on values they made.
func (h *Handler) Method() bool {
	if h.scoped {
		return false
	}
	if h.ImplMethod != "" {
		return true
	}
	if h.Fn != nil {
		return h.Fn.Signature.Recv() != nil
	}
	return h.Func.Type().(*types.Signature).Recv() != nil
}

// Result lists the package's handlers.
type Result struct {
	Handlers []*Handler
	local    map[*ssa.Function]*Handler
	// Factories are the package's exported functions that return an
	// implementation of one of the user's interfaces (see factories.go).
	Factories map[*types.Func][]Impl
}

// Of returns the handler whose function is fn, or nil.
func (r *Result) Of(fn *ssa.Function) *Handler { return r.local[fn] }

// WithinHandler reports whether fn is a handler or a function literal
// nested in one: its local variables are then request-scoped.
func (r *Result) WithinHandler(fn *ssa.Function) bool {
	for ; fn != nil; fn = fn.Parent() {
		if r.local[fn] != nil {
			return true
		}
	}
	return false
}

func run(pass *analysis.Pass) (any, error) {
	res := &Result{local: map[*ssa.Function]*Handler{}, Factories: map[*types.Func][]Impl{}}
	built := pass.ResultOf[ssabuild.Analyzer].(*ssabuild.SSA)
	if built == nil {
		return res, nil
	}
	f := &finder{pass: pass, res: res, prog: built.Pkg.Prog, remote: map[*types.Func]bool{}, wired: map[wiredKey]bool{}}
	for _, fn := range built.SrcFuncs {
		if f.inTest(fn) {
			continue
		}
		if kind := handlerKind(fn.Signature); kind != "" {
			f.addLocal(fn, kind)
			if h := res.local[fn]; h != nil {
				h.bySignature = true
			}
		}
	}
	f.embeddedServices()
	fl := &flows{
		finder: f, memo: map[*ssa.Function]*flow{}, busy: map[*ssa.Function]bool{}, fields: map[*types.Var]bool{},
		factories: map[*ssa.Function][]Impl{}, globals: map[*ssa.Global]bool{}, tables: map[ssa.Value]bool{},
		results: map[*ssa.Function]bool{}, storedFields: map[*types.Var]bool{},
		funcs: built.SrcFuncs,
	}
	if init := built.Pkg.Func("init"); init != nil {
		fl.funcs = append(slices.Clip(fl.funcs), init)
	}
	fl.findServedFields(built.SrcFuncs)
	for _, fn := range built.SrcFuncs {
		if f.inTest(fn) {
			continue
		}
		for _, b := range fn.Blocks {
			for _, instr := range b.Instrs {
				f.registration(instr)
				fl.served(instr)
			}
		}
	}
	fl.serveGlobals()
	fl.serveExportedWrappers(built.SrcFuncs)
	f.dropHelperMethods(built.SrcFuncs)
	fl.callbacks()
	fl.wire(built.SrcFuncs)
	fl.export(built.SrcFuncs)
	fl.exportFactories(built.SrcFuncs)
	for _, h := range res.Handlers {
		if h.Fn == nil {
			continue
		}
		if obj, ok := h.Fn.Object().(*types.Func); ok && h.Fn.Parent() == nil && obj.Pkg() == pass.Pkg && h.Via == "" {
			pass.ExportObjectFact(obj, &isHandler{Kind: h.Kind})
		}
	}
	return res, nil
}

type finder struct {
	pass   *analysis.Pass
	res    *Result
	prog   *ssa.Program
	remote map[*types.Func]bool
	wired  map[wiredKey]bool
	// packages are the packages this one imports, directly or not, by
	// path; built on first use.
	packages map[string]*types.Package
}

func (f *finder) inTest(fn *ssa.Function) bool { return InTestFile(f.pass.Fset, fn) }

// InTestFile reports whether fn is declared in a _test.go file: code that
// does not run in the service, so it neither serves requests nor decides
// what lives how long.
func InTestFile(fset *token.FileSet, fn *ssa.Function) bool {
	return strings.HasSuffix(fset.Position(fn.Pos()).Filename, "_test.go")
}

func (f *finder) addLocal(fn *ssa.Function, kind string) {
	if fn == nil || len(fn.Blocks) == 0 || f.res.local[fn] != nil || fn.Synthetic != "" || f.inTest(fn) {
		return
	}
	h := &Handler{Fn: fn, Kind: kind}
	f.res.local[fn] = h
	f.res.Handlers = append(f.res.Handlers, h)
}

// addFunc adds a handler known by its declaration: local when declared in
// this package, remote (reported at site) when declared elsewhere and not
// already a handler there.
func (f *finder) addFunc(obj *types.Func, kind string, site token.Pos) {
	if obj.Pkg() == f.pass.Pkg {
		f.addLocal(f.prog.FuncValue(obj), kind)
		return
	}
	var fact isHandler
	if f.remote[obj] || f.pass.ImportObjectFact(obj, &fact) {
		return
	}
	f.remote[obj] = true
	f.res.Handlers = append(f.res.Handlers, &Handler{Func: obj, Site: site, Kind: kind})
}

// embeddedServices finds methods of types that embed a generated
// Unimplemented…Server or Unimplemented…Handler: the service
// implementations of gRPC and connect.
func (f *finder) embeddedServices() {
	scope := f.pass.Pkg.Scope()
	for _, name := range scope.Names() {
		tn, ok := scope.Lookup(name).(*types.TypeName)
		if !ok || tn.IsAlias() {
			continue
		}
		named, ok := tn.Type().(*types.Named)
		if !ok {
			continue
		}
		st, ok := named.Underlying().(*types.Struct)
		if !ok {
			continue
		}
		for i := range st.NumFields() {
			field := st.Field(i)
			if !field.Embedded() {
				continue
			}
			kind := generatedService(field.Type())
			if kind == "" {
				continue
			}
			for _, m := range methodNames(field.Type()) {
				obj, _, _ := types.LookupFieldOrMethod(types.NewPointer(named), true, f.pass.Pkg, m)
				if fn, ok := obj.(*types.Func); ok && fn.Pkg() == f.pass.Pkg && lintkit.RecvNamed(fn) == named {
					f.addFunc(fn, kind, token.NoPos)
				}
			}
		}
	}
}

// generatedService returns "gRPC method" or "connect method" when t is a
// generated Unimplemented…Server / Unimplemented…Handler type.
func generatedService(t types.Type) string {
	if p, ok := t.(*types.Pointer); ok {
		t = p.Elem()
	}
	named, ok := types.Unalias(t).(*types.Named)
	if !ok || named.Obj().Pkg() == nil {
		return ""
	}
	name := named.Obj().Name()
	if !strings.HasPrefix(name, "Unimplemented") {
		return ""
	}
	imports := named.Obj().Pkg().Imports()
	switch {
	case strings.HasSuffix(name, "Server") && importsPath(imports, "google.golang.org/grpc"):
		return "gRPC method"
	case strings.HasSuffix(name, "Handler") && importsPath(imports, "connectrpc.com/connect"):
		return "connect method"
	}
	return ""
}

func importsPath(pkgs []*types.Package, path string) bool {
	return slices.ContainsFunc(pkgs, func(p *types.Package) bool { return p.Path() == path })
}

// methodNames lists the exported methods of t's method set (pointer
// receivers included).
func methodNames(t types.Type) []string {
	if _, ok := t.(*types.Pointer); !ok {
		t = types.NewPointer(t)
	}
	var names []string
	mset := types.NewMethodSet(t)
	for i := range mset.Len() {
		if m := mset.At(i).Obj(); m.Exported() {
			names = append(names, m.Name())
		}
	}
	return names
}

// registration finds handlers made by a call or conversion: services
// passed to a generated Register…Server, and functions converted to a
// named function type that implements http.Handler.
func (f *finder) registration(instr ssa.Instruction) {
	switch instr := instr.(type) {
	case *ssa.Call:
		f.grpcRegister(instr)
		f.adapter(instr)
	case *ssa.ChangeType:
		f.handlerConversion(instr.X, instr.Type(), instr.Pos())
	}
}

// grpcRegister handles pb.RegisterXxxServer(registrar, impl): every method
// of impl that implements the service interface is a handler.
func (f *finder) grpcRegister(call *ssa.Call) {
	callee := call.Call.StaticCallee()
	if callee == nil || callee.Signature.Recv() != nil || !strings.HasPrefix(callee.Name(), "Register") {
		return
	}
	params := callee.Signature.Params()
	if params.Len() != 2 || len(call.Call.Args) != 2 {
		return
	}
	first := params.At(0).Type()
	if !isInterface(first, "google.golang.org/grpc", "ServiceRegistrar") && !isPointerTo(first, "google.golang.org/grpc", "Server") {
		return
	}
	iface, ok := params.At(1).Type().Underlying().(*types.Interface)
	if !ok {
		return
	}
	impl := call.Call.Args[1]
	if mi, ok := impl.(*ssa.MakeInterface); ok {
		impl = mi.X
	}
	concrete := impl.Type()
	if types.IsInterface(concrete) {
		return
	}
	for i := range iface.NumMethods() {
		m := iface.Method(i)
		if !m.Exported() {
			continue
		}
		obj, _, _ := types.LookupFieldOrMethod(concrete, true, f.pass.Pkg, m.Name())
		fn, ok := obj.(*types.Func)
		if !ok || generatedService(lintkit.RecvNamed(fn)) != "" {
			continue // not implemented, or the generated Unimplemented stub
		}
		f.addFunc(fn, "gRPC method", call.Pos())
	}
}

// handlerConversion handles appHandler(fn): a function value converted to
// a named function type whose ServeHTTP calls it.
func (f *finder) handlerConversion(x ssa.Value, to types.Type, pos token.Pos) {
	named, ok := types.Unalias(to).(*types.Named)
	if !ok {
		return
	}
	if _, ok := named.Underlying().(*types.Signature); !ok {
		return
	}
	obj, _, _ := types.LookupFieldOrMethod(named, true, f.pass.Pkg, "ServeHTTP")
	if m, ok := obj.(*types.Func); !ok || handlerKind(m.Type().(*types.Signature)) != "net/http handler" {
		return
	}
	if named.Obj().Pkg() != nil && named.Obj().Pkg().Path() == "net/http" {
		return // http.HandlerFunc: its functions are handlers by signature
	}
	switch fn := x.(type) {
	case *ssa.Function:
		if obj, ok := fn.Object().(*types.Func); ok {
			f.addFunc(obj, "net/http handler", pos)
		} else {
			f.addLocal(fn, "net/http handler")
		}
	case *ssa.MakeClosure:
		f.addLocal(fn.Fn.(*ssa.Function), "net/http handler")
	}
}

// adapter handles toHTTP(deps, handleLogin): a call that returns a handler
// and is given function values runs them per request, from the handler it
// returns. Arguments that are handlers by their own signature are found
// already.
func (f *finder) adapter(call *ssa.Call) {
	switch {
	case returnsHandler(call.Call.Signature()):
		f.handlerArgs(call, "adapted handler")
	case !settings.Registrars.Empty():
		if callee := call.Call.StaticCallee(); callee != nil {
			if obj, ok := callee.Object().(*types.Func); ok && settings.Registrars.Has(settings.FuncName(obj)) {
				f.handlerArgs(call, "registered handler")
			}
		}
	}
}

// handlerArgs makes handlers of the function values passed to call.
func (f *finder) handlerArgs(call *ssa.Call, kind string) {
	for _, arg := range call.Call.Args {
		arg = ssaval.Unconvert(arg)
		switch fn := arg.(type) {
		case *ssa.Function:
			if handlerKind(fn.Signature) != "" {
				continue
			}
			if obj, ok := fn.Object().(*types.Func); ok {
				f.addFunc(obj, kind, call.Pos())
			}
		case *ssa.MakeClosure:
			inner := fn.Fn.(*ssa.Function)
			if handlerKind(inner.Signature) != "" {
				continue
			}
			if obj, ok := inner.Object().(*types.Func); ok && inner.Synthetic != "" {
				f.addFunc(obj, kind, call.Pos()) // a method value
			} else if inner.Synthetic == "" {
				f.addLocal(inner, kind)
			}
		}
	}
}

// returnsHandler reports whether a function of signature sig returns a
// request handler: http.Handler, a handler function type of a framework,
// or any function type with a handler's parameters.
func returnsHandler(sig *types.Signature) bool {
	res := sig.Results()
	for i := range res.Len() {
		t := res.At(i).Type()
		switch u := t.Underlying().(type) {
		case *types.Signature:
			if handlerKind(u) != "" {
				return true
			}
		case *types.Interface:
			if isInterface(t, "net/http", "Handler") {
				return true
			}
		}
	}
	return false
}

// dropHelperMethods takes back the methods that look like handlers by
// their parameters but that the package only calls, on values the caller
// made itself, and never registers nor takes as a value: a request
// binder's Bind(c *gin.Context) error called on a validator the handler
// just made. Their effects reach the handlers that
// call them, bound to what they are called on, which is where they
// belong; as handlers of their own, their receivers would be taken for
// long-lived servers.
func (f *finder) dropHelperMethods(funcs []*ssa.Function) {
	called := map[*ssa.Function]bool{} // true: only ever on values made there
	taken := map[*ssa.Function]bool{}
	for _, fn := range funcs {
		if f.inTest(fn) {
			continue
		}
		for _, b := range fn.Blocks {
			for _, instr := range b.Instrs {
				if call, ok := instr.(ssa.CallInstruction); ok {
					if callee := call.Common().StaticCallee(); callee != nil && callee.Signature.Recv() != nil && len(call.Common().Args) > 0 {
						made := madeReceiver(call.Common().Args[0])
						if prev, seen := called[callee]; !seen || prev {
							called[callee] = made
						}
					}
				}
				var ops []*ssa.Value
				for _, op := range instr.Operands(ops) {
					switch v := (*op).(type) {
					case *ssa.Function:
						if call, ok := instr.(ssa.CallInstruction); !ok || call.Common().Value != v {
							taken[v] = true // a method expression used as a value
						}
					case *ssa.MakeClosure:
						if bound := v.Fn.(*ssa.Function); bound.Synthetic != "" {
							if m, ok := bound.Object().(*types.Func); ok {
								taken[f.prog.FuncValue(m)] = true // a method value
							}
						}
					}
				}
			}
		}
	}
	kept := f.res.Handlers[:0]
	for _, h := range f.res.Handlers {
		if fn := h.Fn; fn != nil && h.bySignature && fn.Signature.Recv() != nil && called[fn] && !taken[fn] {
			delete(f.res.local, fn)
			continue
		}
		kept = append(kept, h)
	}
	f.res.Handlers = kept
}

// madeReceiver reports whether a method's receiver argument is a value
// the calling function made: a local variable or literal, or the result
// of a call, rather than something it was given or reads from memory.
func madeReceiver(v ssa.Value) bool {
	v = ssaval.Unconvert(v)
	if u, ok := v.(*ssa.UnOp); ok && u.Op == token.MUL {
		v = u.X
	}
	switch v.(type) {
	case *ssa.Alloc, *ssa.Call:
		return true
	}
	return false
}
