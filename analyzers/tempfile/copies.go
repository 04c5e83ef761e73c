package tempfile

import (
	"go/token"
	"go/types"
	"strings"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/ssa"

	"github.com/statecheck/statecheck/analyzers/internal/effects"
	"github.com/statecheck/statecheck/analyzers/internal/model"
	"github.com/statecheck/statecheck/internal/failure"
)

// This file decides which handlers receive a copy of the request that
// net/http passed in. net/http removes the multipart spill files of that
// request only (server.go finishRequest, and the HTTP/2 server alike): a
// form parsed on a copy keeps its files. A handler gets a copy when
//
//   - it is registered on a router that copies every request to add its
//     route context: chi (mux.go, r.WithContext) and gorilla/mux
//     (requestWithVars);
//   - it is wrapped, directly or through other wrappers, by a wrapper that
//     copies: scs LoadAndSave, http.StripPrefix, http.TimeoutHandler,
//     http.MaxBytesHandler, otelhttp.NewHandler, echo's timeout
//     middleware, or a middleware of the analyzed code (this package's, or
//     another's through a fact) that passes r.WithContext(…) or r.Clone(…)
//     to the next handler, sets a gin context's Request to one, or calls
//     an echo context's SetRequest with one;
//   - it is registered on a router (ServeMux, gin, echo) that such a
//     wrapper wraps, or that uses such a middleware.
//
// Routers and the groups made from them are matched by the variable,
// field or value that holds them in this package; routes registered in one function on a router that
// another function wraps through a parameter are not followed.

// copiesRequest marks a middleware function that hands the next handler
// a copy of the request.
type copiesRequest struct{ Name string }

func (*copiesRequest) AFact() {}

func (c *copiesRequest) String() string { return "copies the request: " + c.Name }

// copyingWrappers are library calls that hand the handlers they wrap a
// copy of the request.
var copyingWrappers = map[string]string{
	"github.com/alexedwards/scs/v2.SessionManager.LoadAndSave": "scs LoadAndSave",
	"net/http.StripPrefix":     "http.StripPrefix",
	"net/http.TimeoutHandler":  "http.TimeoutHandler",
	"net/http.MaxBytesHandler": "http.MaxBytesHandler",
	"go.opentelemetry.io/contrib/instrumentation/net/http/otelhttp.NewHandler": "otelhttp.NewHandler",
	"github.com/labstack/echo/v4/middleware.ContextTimeout":                    "echo's ContextTimeout middleware",
	"github.com/labstack/echo/v4/middleware.ContextTimeoutWithConfig":          "echo's ContextTimeout middleware",
	"github.com/labstack/echo/v4/middleware.Timeout":                           "echo's Timeout middleware",
	"github.com/labstack/echo/v4/middleware.TimeoutWithConfig":                 "echo's Timeout middleware",
}

// copyingRouters are the packages of routers that copy every request.
var copyingRouters = map[string]string{
	"github.com/go-chi/chi/v5": "a chi router",
	"github.com/go-chi/chi":    "a chi router",
	"github.com/gorilla/mux":   "a gorilla/mux router",
}

// routerTypes are the types whose methods register handlers, by package.
var routerTypes = map[string][]string{
	"net/http":                    {"ServeMux"},
	"github.com/go-chi/chi/v5":    {"Mux", "Router"},
	"github.com/go-chi/chi":       {"Mux", "Router"},
	"github.com/gorilla/mux":      {"Router", "Route"},
	"github.com/gin-gonic/gin":    {"Engine", "RouterGroup", "IRoutes", "IRouter"},
	"github.com/labstack/echo/v4": {"Echo", "Group"},
	"github.com/labstack/echo/v5": {"Echo", "Group"},
}

// copies is what the package's routes say about request copies.
type copies struct {
	pass *analysis.Pass
	prog *ssa.Program
	// middleware are this package's functions that copy the request.
	middleware map[*ssa.Function]string
	// local are the handlers of this package behind a copy, with why.
	local map[*ssa.Function]string
	// remote are the handlers of other packages registered here behind
	// a copy.
	remote []remoteHandler
	// routers are the routers whose every handler gets a copy, with why.
	routers map[any]string
	// parent maps a route group to the router it was made from.
	parent map[any]any
	regs   []registration
}

// remoteHandler is a handler of another package registered here.
type remoteHandler struct {
	fn   *types.Func
	site token.Pos
	why  string
}

// registration is a call that registers handlers on a router.
type registration struct {
	router any
	args   []ssa.Value
	site   token.Pos
}

// findCopies walks the package's calls for routers, wrappers and
// middleware, and exports a fact for each exported middleware that
// copies the request.
func findCopies(pass *analysis.Pass, prog *ssa.Program, funcs []*ssa.Function) *copies {
	c := &copies{
		pass:       pass,
		prog:       prog,
		middleware: map[*ssa.Function]string{},
		local:      map[*ssa.Function]string{},
		routers:    map[any]string{},
		parent:     map[any]any{},
	}
	for _, fn := range funcs {
		if fn.Parent() == nil && passesCopy(fn) {
			name := effects.DisplayName(fn, pass.Pkg)
			c.middleware[fn] = "middleware " + name
			if obj, ok := fn.Object().(*types.Func); ok && obj.Exported() {
				pass.ExportObjectFact(obj, &copiesRequest{Name: name})
			}
		}
	}
	for _, fn := range funcs {
		done := failure.At(pass, fn.Pos())
		for _, b := range fn.Blocks {
			for _, instr := range b.Instrs {
				switch instr := instr.(type) {
				case *ssa.Call:
					c.call(instr)
				case *ssa.Store:
					c.keepGroup(instr)
				}
			}
		}
		done()
	}
	for _, reg := range c.regs {
		done := failure.At(pass, reg.site)
		if why := c.routerWhy(reg.router); why != "" {
			for _, a := range reg.args {
				c.handlersIn(a, why, reg.site, 0)
			}
		}
		done()
	}
	return c
}

// call records what one call says about copies.
func (c *copies) call(call *ssa.Call) {
	common := &call.Call
	args := common.Args
	if common.IsInvoke() {
		args = append([]ssa.Value{common.Value}, args...)
	}
	if why := c.copier(common); why != "" {
		for _, a := range spread(args) {
			c.handlersIn(a, why, call.Pos(), 0)
		}
		return
	}
	method := calledMethod(common)
	if method == nil || !isRouterType(recvOf(method)) || len(args) == 0 {
		return
	}
	router, rest := routerKey(args[0]), spread(args[1:])
	if why := copyingRouters[method.Pkg().Path()]; why != "" {
		for _, a := range rest {
			c.handlersIn(a, why, call.Pos(), 0)
		}
		return
	}
	switch method.Name() {
	case "Use", "Pre":
		for _, a := range rest {
			if why := c.copyingValue(a); why != "" {
				c.routers[router] = why
			}
		}
		return
	case "Group", "Route", "With", "Subrouter", "PathPrefix":
		c.parent[ssa.Value(call)] = router
	}
	for _, a := range rest {
		if why := c.copyingValue(a); why != "" { // a route's own middleware
			for _, h := range rest {
				c.handlersIn(h, why, call.Pos(), 0)
			}
			return
		}
	}
	c.regs = append(c.regs, registration{router: router, args: rest, site: call.Pos()})
}

// keepGroup records the parent of a route group that a store keeps in a
// variable or struct field (s.api = s.router.Group("/api")), so that
// routes registered on it elsewhere (s.api.POST) find its router. The
// group call comes before the store in the same function, so its parent
// is known by then.
func (c *copies) keepGroup(st *ssa.Store) {
	parent, ok := c.parent[st.Val]
	if !ok {
		return
	}
	var key any
	switch addr := st.Addr.(type) {
	case *ssa.Global, *ssa.Alloc:
		key = addr
	case *ssa.FieldAddr:
		key = effects.FieldID(addr.X.Type(), addr.Field)
	default:
		return
	}
	if key != parent {
		c.parent[key] = parent
	}
}

// spread replaces a variadic argument — a slice of an array the call
// site fills — by the values stored into it.
func spread(args []ssa.Value) []ssa.Value {
	var out []ssa.Value
	for _, a := range args {
		sl, ok := a.(*ssa.Slice)
		if !ok {
			out = append(out, a)
			continue
		}
		arr, ok := sl.X.(*ssa.Alloc)
		if !ok || arr.Referrers() == nil {
			out = append(out, a)
			continue
		}
		for _, r := range *arr.Referrers() {
			ia, ok := r.(*ssa.IndexAddr)
			if !ok || ia.Referrers() == nil {
				continue
			}
			for _, u := range *ia.Referrers() {
				if st, ok := u.(*ssa.Store); ok && st.Addr == ia {
					out = append(out, st.Val)
				}
			}
		}
	}
	return out
}

// copier names the wrapper a call is when it hands what it wraps a copy
// of the request, or returns "".
func (c *copies) copier(common *ssa.CallCommon) string {
	id := effects.CallID(common)
	if why := copyingWrappers[id]; why != "" {
		return why
	}
	if id == "github.com/justinas/alice.Chain.Then" || id == "github.com/justinas/alice.Chain.ThenFunc" {
		return c.chainCopier(common.Args[0], 0)
	}
	if common.IsInvoke() {
		return ""
	}
	return c.copyingValue(common.Value)
}

// chainCopier names a middleware of the alice chain v that copies the
// request, or returns "": alice.New(sessionManager.LoadAndSave, …) and
// the chains Append and Extend make from it.
func (c *copies) chainCopier(v ssa.Value, depth int) string {
	if depth > 6 {
		return ""
	}
	switch x := unconvert(v).(type) {
	case *ssa.UnOp:
		if cell, ok := x.X.(*ssa.Alloc); ok && x.Op == token.MUL && cell.Referrers() != nil {
			for _, r := range *cell.Referrers() {
				if st, ok := r.(*ssa.Store); ok && st.Addr == cell {
					if why := c.chainCopier(st.Val, depth+1); why != "" {
						return why
					}
				}
			}
		}
	case *ssa.Call:
		var parts []ssa.Value
		switch effects.CallID(&x.Call) {
		case "github.com/justinas/alice.New":
			parts = spread(x.Call.Args)
		case "github.com/justinas/alice.Chain.Append":
			if why := c.chainCopier(x.Call.Args[0], depth+1); why != "" {
				return why
			}
			parts = spread(x.Call.Args[1:])
		case "github.com/justinas/alice.Chain.Extend":
			for _, a := range x.Call.Args {
				if why := c.chainCopier(a, depth+1); why != "" {
					return why
				}
			}
		}
		for _, p := range parts {
			if why := c.copyingValue(p); why != "" {
				return why
			}
		}
	}
	return ""
}

// copyingValue names the middleware a function value is when it copies
// the request, or returns "": a function of this package or with a
// copiesRequest fact, a method value of one, a function literal that
// copies, or a known library middleware.
func (c *copies) copyingValue(v ssa.Value) string {
	v = unconvert(v)
	switch v := v.(type) {
	case *ssa.Call:
		// A middleware factory: Timeout() returning the middleware.
		if why := copyingWrappers[effects.CallID(&v.Call)]; why != "" {
			return why
		}
		if callee := v.Call.StaticCallee(); callee != nil {
			return c.copyingValue(callee)
		}
	case *ssa.MakeClosure:
		fn := v.Fn.(*ssa.Function)
		if fn.Synthetic == "" {
			if passesCopy(fn) {
				return "middleware " + effects.DisplayName(fn, c.pass.Pkg)
			}
			return ""
		}
		if obj, ok := fn.Object().(*types.Func); ok {
			return c.copyingFunc(obj)
		}
	case *ssa.Function:
		if why := c.middleware[v]; why != "" {
			return why
		}
		if v.Parent() != nil && passesCopy(v) {
			return "middleware " + effects.DisplayName(v, c.pass.Pkg)
		}
		if obj, ok := v.Object().(*types.Func); ok {
			return c.copyingFunc(obj)
		}
	}
	return ""
}

// copyingFunc names the declared function obj when it copies the request.
func (c *copies) copyingFunc(obj *types.Func) string {
	if why := copyingWrappers[effects.FuncID(obj)]; why != "" {
		return why
	}
	if obj.Pkg() == c.pass.Pkg {
		if fn := c.prog.FuncValue(obj); fn != nil {
			return c.middleware[fn]
		}
		return ""
	}
	var fact copiesRequest
	if c.pass.ImportObjectFact(obj, &fact) {
		return "middleware " + fact.Name
	}
	return ""
}

// routerWhy says why every handler of router gets a copy, or "", looking
// through the groups it was made from. Keys and parents are both router
// keys (routerKey): a value, a variable, or the ID of the struct field
// that holds the router, which is how a group made in one method from
// s.router finds the middleware another method added to s.router.
func (c *copies) routerWhy(router any) string {
	for range 8 {
		if why := c.routers[router]; why != "" {
			return why
		}
		p, ok := c.parent[router]
		if !ok {
			return ""
		}
		router = p
	}
	return ""
}

// handlersIn records the handlers that the value v, registered or wrapped
// at site, stands for as behind a copy: functions, method values and
// closures; through wrappers and adapters, the handlers they are given
// and the closures a constructor of this package returns; and routers,
// whose every handler is then behind the copy.
func (c *copies) handlersIn(v ssa.Value, why string, site token.Pos, depth int) {
	if v == nil || depth > 6 {
		return
	}
	v = unconvert(v)
	if isRouterType(v.Type()) {
		c.routers[routerKey(v)] = why
	}
	switch v := v.(type) {
	case *ssa.Function:
		c.handlerFunc(v, why, site)
	case *ssa.MakeClosure:
		c.handlerFunc(v.Fn.(*ssa.Function), why, site)
	case *ssa.Call:
		if v.Call.IsInvoke() {
			return
		}
		for _, a := range v.Call.Args {
			c.handlersIn(a, why, site, depth+1)
		}
		if callee := v.Call.StaticCallee(); callee != nil && callee.Pkg == c.prog.Package(c.pass.Pkg) {
			for _, b := range callee.Blocks {
				if ret, ok := b.Instrs[len(b.Instrs)-1].(*ssa.Return); ok {
					for _, r := range ret.Results {
						c.handlersIn(r, why, site, depth+1)
					}
				}
			}
		}
	case *ssa.Phi:
		for _, e := range v.Edges {
			c.handlersIn(e, why, site, depth+1)
		}
	case *ssa.UnOp:
		if cell, ok := v.X.(*ssa.Alloc); ok && v.Op == token.MUL && cell.Referrers() != nil {
			for _, r := range *cell.Referrers() {
				if st, ok := r.(*ssa.Store); ok && st.Addr == cell {
					c.handlersIn(st.Val, why, site, depth+1)
				}
			}
		}
	}
}

// handlerFunc records fn, registered at site, as behind a copy.
func (c *copies) handlerFunc(fn *ssa.Function, why string, site token.Pos) {
	if fn.Synthetic != "" { // a method value: the method itself
		obj, ok := fn.Object().(*types.Func)
		if !ok {
			return
		}
		if obj.Pkg() != c.pass.Pkg {
			c.addRemote(obj, site, why)
			return
		}
		fn = c.prog.FuncValue(obj)
	}
	if fn == nil {
		return
	}
	if len(fn.Blocks) == 0 {
		if obj, ok := fn.Object().(*types.Func); ok && obj.Pkg() != c.pass.Pkg {
			c.addRemote(obj, site, why)
		}
		return
	}
	if _, ok := c.local[fn]; !ok {
		c.local[fn] = why
	}
}

func (c *copies) addRemote(obj *types.Func, site token.Pos, why string) {
	for _, r := range c.remote {
		if r.fn == obj {
			return
		}
	}
	c.remote = append(c.remote, remoteHandler{fn: obj, site: site, why: why})
}

// passesCopy reports whether fn, or a function literal in it, hands on a
// copy of its request: next.ServeHTTP(w, r.WithContext(ctx)), a call of a
// handler function value with one, c.Request = r.Clone(ctx) on a gin
// context, c.SetRequest(…) on an echo context.
func passesCopy(fn *ssa.Function) bool {
	for _, b := range fn.Blocks {
		for _, instr := range b.Instrs {
			switch instr := instr.(type) {
			case *ssa.Call:
				if req := handedRequest(&instr.Call); req != nil && effects.RequestCopy(req) != "" {
					return true
				}
			case *ssa.Store:
				if fa, ok := instr.Addr.(*ssa.FieldAddr); ok &&
					effects.FieldID(fa.X.Type(), fa.Field) == "github.com/gin-gonic/gin.Context.Request" &&
					effects.RequestCopy(instr.Val) != "" {
					return true
				}
			}
		}
	}
	for _, anon := range fn.AnonFuncs {
		if passesCopy(anon) {
			return true
		}
	}
	return false
}

// handedRequest returns the request a call hands to the next handler:
// the last argument of ServeHTTP or of a call of a handler function
// value, or the argument of an echo context's SetRequest; nil otherwise.
func handedRequest(common *ssa.CallCommon) ssa.Value {
	id := effects.CallID(common)
	switch {
	case id == "github.com/labstack/echo/v4.Context.SetRequest", id == "github.com/labstack/echo/v5.Context.SetRequest":
		return common.Args[len(common.Args)-1]
	case strings.HasSuffix(id, ".ServeHTTP"):
	case !common.IsInvoke() && common.StaticCallee() == nil && handlerSignature(common.Signature()):
	default:
		return nil
	}
	if len(common.Args) == 0 {
		return nil
	}
	return common.Args[len(common.Args)-1]
}

// handlerSignature reports whether sig is func(http.ResponseWriter, *http.Request).
func handlerSignature(sig *types.Signature) bool {
	p := sig.Params()
	return p.Len() == 2 && model.IsNamed(p.At(0).Type(), "net/http", "ResponseWriter") && model.IsNamed(p.At(1).Type(), "net/http", "Request")
}

// calledMethod returns the method a call calls, static or through an
// interface, or nil.
func calledMethod(common *ssa.CallCommon) *types.Func {
	if common.IsInvoke() {
		return common.Method
	}
	callee := common.StaticCallee()
	if callee == nil {
		return nil
	}
	if o := callee.Origin(); o != nil {
		callee = o
	}
	obj, _ := callee.Object().(*types.Func)
	if obj == nil || obj.Type().(*types.Signature).Recv() == nil {
		return nil
	}
	return obj
}

// recvOf is the receiver type of a method.
func recvOf(m *types.Func) types.Type {
	return m.Type().(*types.Signature).Recv().Type()
}

// isRouterType reports whether t is, or points to, a router type.
func isRouterType(t types.Type) bool {
	for path, names := range routerTypes {
		for _, n := range names {
			if model.IsNamed(t, path, n) {
				return true
			}
		}
	}
	return false
}

// routerKey identifies the router a value holds: the package-level
// variable, the struct field, the local variable or the value itself.
func routerKey(v ssa.Value) any {
	for range 8 {
		switch x := v.(type) {
		case *ssa.MakeInterface:
			v = x.X
		case *ssa.ChangeType:
			v = x.X
		case *ssa.ChangeInterface:
			v = x.X
		case *ssa.UnOp:
			switch y := x.X.(type) {
			case *ssa.Global, *ssa.Alloc:
				return y
			case *ssa.FieldAddr:
				return effects.FieldID(y.X.Type(), y.Field)
			}
			return v
		case *ssa.FieldAddr:
			// &engine.RouterGroup, the receiver of a promoted method, is
			// the engine.
			st, ok := deref(x.X.Type()).Underlying().(*types.Struct)
			if !ok || !st.Field(x.Field).Embedded() {
				return v
			}
			v = x.X
		default:
			return v
		}
	}
	return v
}

func deref(t types.Type) types.Type {
	if p, ok := types.Unalias(t).(*types.Pointer); ok {
		return p.Elem()
	}
	return t
}

// unconvert strips conversions of a function or handler value.
func unconvert(v ssa.Value) ssa.Value {
	for {
		switch c := v.(type) {
		case *ssa.ChangeType:
			v = c.X
		case *ssa.MakeInterface:
			v = c.X
		case *ssa.ChangeInterface:
			v = c.X
		default:
			return v
		}
	}
}
