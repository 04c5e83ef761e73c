package shutdown

import (
	"go/ast"
	"go/token"
	"go/types"

	"github.com/statecheck/statecheck/analyzers/internal/lintkit"
)

// Import paths of the servers the analyzer knows.
const (
	netHTTP = "net/http"
	ginPath = "github.com/gin-gonic/gin"
	echoV4  = "github.com/labstack/echo/v4"
	fiberV2 = "github.com/gofiber/fiber/v2"
	fiberV3 = "github.com/gofiber/fiber/v3"
	grpc    = "google.golang.org/grpc"
)

// role is what a known function does.
type role int

const (
	other   role = iota
	serves       // starts a server
	stops        // stops one gracefully
	signals      // signal.Notify or NotifyContext
)

// known describes one known function or method.
type known struct {
	role  role
	kind  string // for serves and stops
	what  string // for serves
	plain bool   // for serves: net/http's package-level functions
}

// The names of the functions and methods the analyzer knows, by role.
var (
	signalFuncs = []string{"Notify", "NotifyContext"}
	httpServes  = []string{"ListenAndServe", "ListenAndServeTLS", "Serve", "ServeTLS"}
	ginServes   = []string{"Run", "RunTLS", "RunUnix", "RunFd", "RunListener", "RunQUIC"}
	echoServes  = []string{"Start", "StartTLS", "StartAutoTLS", "StartServer", "StartH2CServer"}
	fiberServes = []string{"Listen", "ListenTLS", "ListenTLSWithCertificate", "ListenMutualTLS", "ListenMutualTLSWithCertificate", "Listener"}
	fiberStops  = []string{"Shutdown", "ShutdownWithTimeout", "ShutdownWithContext"}
)

// knownFuncs is what the analyzer knows of each function and method, by
// its fully qualified name ("(*net/http.Server).Shutdown").
var knownFuncs = func() lintkit.Table[known] {
	t := lintkit.Table[known]{}
	is := func(k known) func(string) known { return func(string) known { return k } }
	serve := func(kind, prefix string, plain bool) func(string) known {
		return func(name string) known { return known{role: serves, kind: kind, what: prefix + name, plain: plain} }
	}
	t.Funcs("os/signal", is(known{role: signals}), signalFuncs...)
	t.Funcs(netHTTP, serve("", "http.", true), httpServes...)
	t.Methods("*"+netHTTP+".Server", serve("http", "(*http.Server).", false), httpServes...)
	t.Methods("*"+netHTTP+".Server", is(known{role: stops, kind: "http"}), "Shutdown")
	t.Methods("*"+ginPath+".Engine", serve("", "gin (*Engine).", false), ginServes...)
	t.Methods("*"+echoV4+".Echo", serve("echo", "echo (*Echo).", false), echoServes...)
	t.Methods("*"+echoV4+".Echo", is(known{role: stops, kind: "echo"}), "Shutdown")
	for _, fiber := range []string{fiberV2, fiberV3} {
		t.Methods("*"+fiber+".App", serve("fiber", "fiber (*App).", false), fiberServes...)
		t.Methods("*"+fiber+".App", is(known{role: stops, kind: "fiber"}), fiberStops...)
	}
	t.Methods("*"+grpc+".Server", serve("grpc", "grpc (*Server).", false), "Serve")
	t.Methods("*"+grpc+".Server", is(known{role: stops, kind: "grpc"}), "GracefulStop")
	return t
}()

// knownNames holds the bare name of every function knownFuncs knows.
var knownNames = knownFuncs.Names()

// KnownName reports whether name is the name of a function or method the
// analyzer reads itself (one that serves, stops a server or listens for
// signals). A package's summaries start only at a mention of one of them
// or at a fact from an import, so a package that imports nothing with
// facts and whose source never spells any of these names as an identifier
// gets no fact: drivers use that to skip analyzing it (package analyzers,
// FactFree).
func KnownName(name string) bool { return knownNames[name] }

// classify tells what a known function does; other for the rest, whose
// summaries are composed instead.
func classify(fn *types.Func) known {
	if !KnownName(fn.Name()) {
		return known{} // most functions: no name to build
	}
	k, _ := knownFuncs.Lookup(fn)
	return k
}

// edge is a reference from one function's body to another function.
type edge struct {
	callee     *types.Func
	pos, end   token.Pos
	background bool
}

// walker summarizes the direct effects of code and collects its edges.
type walker struct {
	a       *analyzerRun
	sum     *localSummary
	edges   []edge
	goStmts []*ast.GoStmt
}

// walk visits a body (or a package-level initializer), closures included.
func (w *walker) walk(n ast.Node) {
	calls := map[ast.Expr]*ast.CallExpr{}
	handled := map[*ast.Ident]bool{}
	ast.Inspect(n, func(n ast.Node) bool {
		switch n := n.(type) {
		case *ast.GoStmt:
			w.goStmts = append(w.goStmts, n)
		case *ast.CallExpr:
			calls[ast.Unparen(n.Fun)] = n
		case *ast.SelectorExpr:
			handled[n.Sel] = true
			w.reference(n, n.Sel, calls[n])
		case *ast.Ident:
			if !handled[n] {
				w.reference(n, n, calls[n])
			}
		}
		return true
	})
}

// reference handles one mention of a function: a known one changes the
// summary, any other becomes an edge.
func (w *walker) reference(ref ast.Expr, id *ast.Ident, call *ast.CallExpr) {
	fn, ok := w.a.pass.TypesInfo.Uses[id].(*types.Func)
	if !ok {
		return
	}
	fn = fn.Origin()
	k := classify(fn)
	bg := w.inGo(ref.Pos())
	switch k.role {
	case serves:
		w.sum.addServe(local{Serve: Serve{Kind: k.kind, What: k.what, Background: bg, Plain: k.plain, At: w.a.site(ref.Pos())}, pos: ref.Pos(), end: ref.End()})
		if call != nil && k.kind == "fiber" && w.a.gracefulContext(call) {
			w.sum.addStop("fiber")
		}
	case stops:
		w.sum.addStop(k.kind)
	case signals:
		term, other := w.a.signalsOf(call)
		w.sum.sigTerm = w.sum.sigTerm || term
		w.sum.sigOther = w.sum.sigOther || other
		if term && !w.sum.termAt.valid() {
			w.sum.termAt = w.a.site(ref.Pos())
		}
		if other && !w.sum.otherAt.valid() {
			w.sum.otherAt = w.a.site(ref.Pos())
		}
		if call != nil && !term {
			w.a.notifyWithoutTerm = append(w.a.notifyWithoutTerm, call)
		}
	default:
		if fn.Signature().Recv() != nil && types.IsInterface(fn.Signature().Recv().Type()) {
			return // dynamic: not followed
		}
		w.edges = append(w.edges, edge{callee: fn, pos: ref.Pos(), end: ref.End(), background: bg})
	}
}

// inGo reports whether pos lies inside a go statement already visited.
func (w *walker) inGo(pos token.Pos) bool {
	for _, g := range w.goStmts {
		if g.Pos() <= pos && pos < g.End() {
			return true
		}
	}
	return false
}
