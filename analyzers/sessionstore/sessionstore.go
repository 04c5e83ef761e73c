package sessionstore

import (
	_ "embed"
	"github.com/statecheck/statecheck/analyzers/internal/words"
	"go/ast"
	"go/token"
	"go/types"
	"strings"
	"time"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/ast/inspector"

	"github.com/statecheck/statecheck/analyzers/internal/astindex"
	"github.com/statecheck/statecheck/analyzers/internal/doc"
	"github.com/statecheck/statecheck/analyzers/internal/report"
)

//go:embed doc.go
var docText string

const name = "sessionstore"

// Analyzer reports session, rate-limit and task stores that live in one
// instance's memory or disk, and session keys written to Redis without a
// TTL.
var Analyzer = newAnalyzer()

// config is the analyzer's settings; each is a flag of Analyzer.Flags, so
// every driver sets them the same way.
type config struct {
	sessionWords words.List
	fixTTL       time.Duration
}

func newAnalyzer() *analysis.Analyzer {
	cfg := &config{fixTTL: 24 * time.Hour}
	if err := cfg.sessionWords.Set(defaultSessionWords); err != nil {
		panic(err)
	}
	a := &analysis.Analyzer{
		Name:      name,
		Doc:       doc.MustExtract(docText, name),
		URL:       doc.URL(name),
		FactTypes: []analysis.Fact{new(defaultManagerFact)},
		Run:       cfg.run,
	}
	a.Flags.Var(&cfg.sessionWords, "sessionwords",
		"comma-separated words that mark a Redis key, or the function writing it, as session state")
	a.Flags.DurationVar(&cfg.fixTTL, "fixttl", cfg.fixTTL,
		"TTL the suggested fix gives a session key written without one")
	return a
}

// checker holds one run's state.
type checker struct {
	cfg  *config
	pass *analysis.Pass
	ix   *astindex.Index
	r    *report.Reporter

	katarasNew []*ast.CallExpr // go-sessions and Iris managers made in the package
	katarasDB  bool            // the package calls UseDatabase

	vitekFallback map[*ast.CallExpr]bool // calls made as fallback stores of a ratelimit LimitBy

	goSessionStart *ast.CallExpr // the first package-level session.Start of a main package
	goSessionInit  bool          // the package calls session.InitManager
}

// known lists every import path a rule looks at; a package importing
// none of them, and importing no function carrying a fact, has nothing to
// report.
var known = []string{
	scsPath, scsMemstore, gorillaPath, ginMemstore, ginFilesystem, echoMW, httpratePath, httprateRedis, ululeMemory,
	redigo, goRedis[0], goRedis[1],
	"github.com/gofiber/fiber/v2/middleware/", "github.com/gofiber/fiber/v3/middleware/",
	"github.com/RichardKnop/machinery/",
	"github.com/didip/tollbooth/",
	goLimiterMem, vitekMemory, throttledMemstore[0], throttledMemstore[1],
	"github.com/go-session/session/", "gopkg.in/session.v1", "gopkg.in/session.v2", "gopkg.in/session.v3",
	"github.com/go-oauth2/oauth2/v4/store", "gopkg.in/oauth2.v3/store",
	"github.com/kataras/go-sessions/", "github.com/kataras/iris/v12/sessions", "github.com/kataras/iris/sessions",
}

func relevant(pass *analysis.Pass) bool {
	for _, imp := range pass.Pkg.Imports() {
		if WatchesImport(imp.Path()) {
			return true
		}
	}
	return len(pass.AllObjectFacts()) > 0
}

// WatchesImport reports whether a package importing path may get facts or
// findings from this analyzer even when none of its imports has facts: path
// is one of the session, rate-limit or Redis packages a rule looks at.
// Drivers use it to tell which dependencies they need not analyze (package
// analyzers, FactFree).
func WatchesImport(path string) bool {
	for _, k := range known {
		if path == k || strings.HasSuffix(k, "/") && (strings.HasPrefix(path, k) || path == strings.TrimSuffix(k, "/")) {
			return true
		}
	}
	return false
}

func (cfg *config) run(pass *analysis.Pass) (any, error) {
	r := report.New(pass)
	defer r.Finish()
	if !relevant(pass) {
		return nil, nil
	}
	c := &checker{cfg: cfg, pass: pass, ix: astindex.New(pass.Fset, pass.Files, pass.TypesInfo, astindex.Options{}), r: r,
		vitekFallback: map[*ast.CallExpr]bool{}}
	scs := newSCSTracker(c)
	// The inspector is built here, not required from the inspect pass:
	// under go vet this analyzer runs on every dependency for its facts,
	// and most packages return above without needing one.
	ins := inspector.New(pass.Files)
	for fcur := range ins.Root().Children() {
		if astindex.IsTestFile(pass.Fset, fcur.Node().(*ast.File)) {
			continue
		}
		for cur := range fcur.Preorder((*ast.CallExpr)(nil), (*ast.CompositeLit)(nil), (*ast.AssignStmt)(nil),
			(*ast.Ident)(nil), (*ast.SelectorExpr)(nil)) {
			switch n := cur.Node().(type) {
			case *ast.CallExpr:
				if fn := c.ix.Callee(n); fn != nil {
					c.checkConstructor(n, fn)
					c.checkRedisWrite(n, fn)
				}
			case *ast.CompositeLit:
				c.checkMachineryConfig(n)
			case *ast.AssignStmt:
				c.checkMachineryAssign(n)
			}
			scs.scan(cur)
		}
	}
	scs.finish()
	c.finishKataras()
	c.finishGoSession()
	return nil, nil
}

// checkMachineryAssign reports cnf.Broker = "eager…".
func (c *checker) checkMachineryAssign(as *ast.AssignStmt) {
	if as.Tok != token.ASSIGN || len(as.Lhs) != len(as.Rhs) {
		return
	}
	for i, l := range as.Lhs {
		sel, ok := ast.Unparen(l).(*ast.SelectorExpr)
		if !ok || sel.Sel.Name != "Broker" {
			continue
		}
		s := c.pass.TypesInfo.Selections[sel]
		if s == nil || !machineryConfig(s.Recv()) {
			continue
		}
		if v, ok := c.ix.ConstString(as.Rhs[i]); ok && strings.HasPrefix(v, "eager") {
			c.r.Reportf(as.Rhs[i].Pos(), as.Rhs[i].End(), "%s", eagerMsg)
		}
	}
}

func machineryConfig(t types.Type) bool {
	return astindex.IsNamed(t, []string{"github.com/RichardKnop/machinery/v1/config", "github.com/RichardKnop/machinery/v2/config"}, "Config")
}
