package effects

import (
	"go/token"
	"go/types"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/ssa"

	"github.com/statecheck/statecheck/analyzers/internal/model"
	"github.com/statecheck/statecheck/analyzers/internal/ssaval"
	"github.com/statecheck/statecheck/internal/failure"
)

// This file decides, for tempfile, which handlers receive a copy of the
// request that net/http passed in. net/http removes the multipart spill
// files of that request only (server.go finishRequest, and the HTTP/2
// server alike): a form parsed on a copy keeps its files. A handler gets a copy when
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

// Copies says which handlers registered in the package receive a copy of
// the request; the tempfile check reads it from the Result.
type Copies struct {
	// Local are the handlers of this package behind a copy, with why
	// ("a chi router", "middleware withUser").
	Local map[*ssa.Function]string
	// Remote are the handlers of other packages registered here behind
	// a copy, in the order they were found.
	Remote []RemoteHandler
}

// RemoteHandler is a handler of another package registered in this one
// behind a copy of the request.
type RemoteHandler struct {
	Fn   *types.Func
	Site token.Pos // the registration or the wrapping call
	Why  string
}

// Copies returns which handlers of the package receive a copy of the
// request; never nil.
func (r *Result) Copies() *Copies {
	if r.s == nil || r.s.copies == nil {
		return &Copies{Local: map[*ssa.Function]string{}}
	}
	return r.s.copies
}

// copies is what the package's routes say about request copies.
type copies struct {
	s    *summarizer
	pass *analysis.Pass
	prog *ssa.Program
	// middleware are this package's functions that copy the request.
	middleware map[*ssa.Function]string
	// local are the handlers of this package behind a copy, with why.
	local map[*ssa.Function]string
	// remote are the handlers of other packages registered here behind
	// a copy.
	remote []RemoteHandler
	// routers are the routers whose every handler gets a copy, with why.
	routers map[any]string
	// parent maps a route group to the router it was made from.
	parent map[any]any
	regs   []registration
}

// registration is a call that registers handlers on a router.
type registration struct {
	router any
	args   []ssa.Value
	site   token.Pos
}

// findCopies reads the package's calls, as the summary walk noted them,
// for routers, wrappers and middleware, and exports a fact for each
// exported middleware that copies the request.
func (s *summarizer) findCopies(prog *ssa.Program, funcs []*ssa.Function) *Copies {
	pass := s.pass
	c := &copies{
		s:          s,
		pass:       pass,
		prog:       prog,
		middleware: map[*ssa.Function]string{},
		local:      map[*ssa.Function]string{},
		routers:    map[any]string{},
		parent:     map[any]any{},
	}
	for _, fn := range funcs {
		if fn.Parent() == nil && c.passesCopy(fn) {
			name := DisplayName(fn, pass.Pkg)
			c.middleware[fn] = "middleware " + name
			if obj, ok := fn.Object().(*types.Func); ok && obj.Exported() {
				pass.ExportObjectFact(obj, &copiesRequest{Name: name})
			}
		}
	}
	for _, fn := range funcs {
		done := failure.At(pass, fn.Pos())
		for _, instr := range s.notesOf(fn).copyInstrs {
			switch instr := instr.(type) {
			case *ssa.Call:
				c.call(instr)
			case *ssa.Store:
				c.keepGroup(instr)
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
	return &Copies{Local: c.local, Remote: c.remote}
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
		key = FieldID(addr.X.Type(), addr.Field)
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
	id := CallID(common)
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
	switch x := unconvertHandler(v).(type) {
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
		switch CallID(&x.Call) {
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
	v = unconvertHandler(v)
	switch v := v.(type) {
	case *ssa.Call:
		// A middleware factory: Timeout() returning the middleware.
		if why := copyingWrappers[CallID(&v.Call)]; why != "" {
			return why
		}
		if callee := v.Call.StaticCallee(); callee != nil {
			return c.copyingValue(callee)
		}
	case *ssa.MakeClosure:
		fn := v.Fn.(*ssa.Function)
		if fn.Synthetic == "" {
			if c.passesCopy(fn) {
				return "middleware " + DisplayName(fn, c.pass.Pkg)
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
		if v.Parent() != nil && c.passesCopy(v) {
			return "middleware " + DisplayName(v, c.pass.Pkg)
		}
		if obj, ok := v.Object().(*types.Func); ok {
			return c.copyingFunc(obj)
		}
	}
	return ""
}

// copyingFunc names the declared function obj when it copies the request.
func (c *copies) copyingFunc(obj *types.Func) string {
	if why := copyingWrappers[FuncID(obj)]; why != "" {
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
	v = unconvertHandler(v)
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
		if r.Fn == obj {
			return
		}
	}
	c.remote = append(c.remote, RemoteHandler{Fn: obj, Site: site, Why: why})
}

// passesCopy reports whether fn, or a function literal in it, hands on a
// copy of its request: next.ServeHTTP(w, r.WithContext(ctx)), a call of a
// handler function value with one, c.Request = r.Clone(ctx) on a gin
// context, c.SetRequest(…) on an echo context. The walk noted each
// function's own calls and stores (walk.go).
func (c *copies) passesCopy(fn *ssa.Function) bool {
	if c.s.notesOf(fn).handsCopy {
		return true
	}
	for _, anon := range fn.AnonFuncs {
		if c.passesCopy(anon) {
			return true
		}
	}
	return false
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
				return FieldID(y.X.Type(), y.Field)
			}
			return v
		case *ssa.FieldAddr:
			// &engine.RouterGroup, the receiver of a promoted method, is
			// the engine.
			st, ok := derefNamed(x.X.Type()).Underlying().(*types.Struct)
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

// derefNamed is the element type of t when t is a pointer type literal.
func derefNamed(t types.Type) types.Type {
	if p, ok := types.Unalias(t).(*types.Pointer); ok {
		return p.Elem()
	}
	return t
}

// unconvertHandler strips conversions of a function or handler value,
// interface to interface included.
func unconvertHandler(v ssa.Value) ssa.Value {
	for {
		v = ssaval.Unconvert(v)
		c, ok := v.(*ssa.ChangeInterface)
		if !ok {
			return v
		}
		v = c.X
	}
}
