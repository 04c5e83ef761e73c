package sessionstore

import (
	"go/ast"
	"go/types"
	"strings"

	"github.com/statecheck/statecheck/analyzers/internal/astindex"
)

// Import paths of the libraries whose stores the analyzer knows.
const (
	scsPath       = "github.com/alexedwards/scs/v2"
	scsMemstore   = "github.com/alexedwards/scs/v2/memstore"
	gorillaPath   = "github.com/gorilla/sessions"
	ginMemstore   = "github.com/gin-contrib/sessions/memstore"
	ginFilesystem = "github.com/gin-contrib/sessions/filesystem"
	echoMW        = "github.com/labstack/echo/v4/middleware"
	httpratePath  = "github.com/go-chi/httprate"
	httprateRedis = "github.com/go-chi/httprate-redis"
	ululeMemory   = "github.com/ulule/limiter/v3/drivers/store/memory"
	goLimiterMem  = "github.com/sethvargo/go-limiter/memorystore"
	vitekPath     = "github.com/VojtechVitek/ratelimit"
	vitekMemory   = "github.com/VojtechVitek/ratelimit/memory"
)

// throttledMemstore lists the in-memory store of github.com/throttled/throttled
// v1 and v2.
var throttledMemstore = []string{"github.com/throttled/throttled/store/memstore", "github.com/throttled/throttled/v2/store/memstore"}

// throttledRoot lists the packages of github.com/throttled/throttled v1
// and v2 that declare HTTPRateLimiter and VaryBy.
var throttledRoot = []string{"github.com/throttled/throttled", "github.com/throttled/throttled/v2"}

// capacityThrottle reports whether the throttled memstore made by call
// caps this instance's own load rather than counting clients: the
// function that makes it builds an HTTPRateLimiter (or
// HTTPRateLimiterCtx), and every one it builds varies by nothing of the
// client, with no VaryBy or a VaryBy literal that sets only Method, Path
// or Separator. Such a limiter holds no client's count, and each instance
// throttling its own work is what it is for (imaginary's -concurrency).
// A VaryBy the analyzer cannot read, or one stored later, counts as the
// client's.
func (c *checker) capacityThrottle(call *ast.CallExpr) bool {
	body := c.ix.EnclosingBody(call.Pos())
	if body == nil {
		return false
	}
	found, client := false, false
	ast.Inspect(body, func(n ast.Node) bool {
		switch n := n.(type) {
		case *ast.AssignStmt:
			for _, l := range n.Lhs {
				if sel, ok := ast.Unparen(l).(*ast.SelectorExpr); ok && sel.Sel.Name == "VaryBy" {
					client = true
				}
			}
		case *ast.CompositeLit:
			t := c.pass.TypesInfo.TypeOf(n)
			if !astindex.IsNamed(t, throttledRoot, "HTTPRateLimiter") && !astindex.IsNamed(t, throttledRoot, "HTTPRateLimiterCtx") {
				return true
			}
			found = true
			if vb := astindex.LitField(n, "VaryBy"); vb != nil && !c.ix.IsNil(vb) && !c.ownLoad(vb) {
				client = true
			}
		}
		return !client
	})
	return found && !client
}

// ownLoad reports whether e is a throttled VaryBy literal that sets only
// fields naming no client: Method, Path, Separator.
func (c *checker) ownLoad(e ast.Expr) bool {
	lit, _ := c.ix.CompositeLit(e)
	if lit == nil || !astindex.IsNamed(c.pass.TypesInfo.TypeOf(lit), throttledRoot, "VaryBy") {
		return false
	}
	for _, el := range lit.Elts {
		kv, ok := el.(*ast.KeyValueExpr)
		if !ok {
			return false
		}
		switch k, _ := kv.Key.(*ast.Ident); {
		case k == nil:
			return false
		case k.Name == "Method", k.Name == "Path", k.Name == "Separator":
		default:
			return false
		}
	}
	return true
}

// goSession lists the major versions of github.com/go-session/session,
// whose managers keep sessions in memory unless given SetStore.
var goSession = []string{
	"github.com/go-session/session", "github.com/go-session/session/v3",
	"gopkg.in/session.v1", "gopkg.in/session.v2", "gopkg.in/session.v3",
}

// oauth2Store lists the token store packages of github.com/go-oauth2/oauth2
// (and its gopkg.in predecessor), whose stores are buntdb in memory or in a
// local file.
var oauth2Store = []string{"github.com/go-oauth2/oauth2/v4/store", "gopkg.in/oauth2.v3/store"}

// kataras lists the session managers of github.com/kataras/go-sessions and
// of Iris, which share one API: New(Config) keeps sessions in process
// memory until UseDatabase gives it a database.
var kataras = []string{
	"github.com/kataras/go-sessions", "github.com/kataras/go-sessions/v3",
	"github.com/kataras/iris/v12/sessions", "github.com/kataras/iris/sessions",
}

// tollbooth lists the major versions of github.com/didip/tollbooth, whose
// limiters always count in process memory: it has no shared backend.
var tollbooth = []string{
	"github.com/didip/tollbooth", "github.com/didip/tollbooth/v6", "github.com/didip/tollbooth/v7", "github.com/didip/tollbooth/v8",
	"github.com/didip/tollbooth/limiter", "github.com/didip/tollbooth/v6/limiter", "github.com/didip/tollbooth/v7/limiter", "github.com/didip/tollbooth/v8/limiter",
}

const eagerMsg = "machinery eager broker runs tasks inside the publishing process: a task dies with the instance and no other instance can take it; use a real broker (Redis, AMQP, SQS)"

// inProcess lists constructors whose store is always local to the
// instance, with what the message says about each.
var inProcess = []struct {
	pkgs  []string
	names []string
	msg   string
}{
	{[]string{gorillaPath}, []string{"NewFilesystemStore"},
		"gorilla sessions FilesystemStore keeps sessions in files on this instance's disk: other instances cannot read them and a new instance starts empty; use a shared store (Redis, a database) or NewCookieStore"},
	{[]string{ginMemstore}, []string{"NewStore"},
		"gin-contrib memstore keeps sessions in process memory: they are lost on restart and unseen by other instances; use cookie.NewStore or a shared store such as redis.NewStore"},
	{[]string{ginFilesystem}, []string{"NewStore"},
		"gin-contrib filesystem store keeps sessions on this instance's disk: other instances cannot read them and a new instance starts empty; use cookie.NewStore or a shared store such as redis.NewStore"},
	{[]string{echoMW}, []string{"NewRateLimiterMemoryStore", "NewRateLimiterMemoryStoreWithConfig"},
		"echo RateLimiterMemoryStore counts requests in process memory: each instance allows the full rate and counts reset on restart; implement RateLimiterStore on a shared store such as Redis"},
	{[]string{httpratePath}, []string{"LimitAll", "LimitByIP", "LimitByRealIP"},
		"httprate counts requests in process memory: each instance allows the full limit and counts reset on restart; use httprate.Limit with httprateredis.WithRedisLimitCounter"},
	{[]string{ululeMemory}, []string{"NewStore", "NewStoreWithOptions"},
		"ulule/limiter memory store counts requests in process memory: each instance allows the full rate and counts reset on restart; use drivers/store/redis"},
	{tollbooth, []string{"NewLimiter", "New"},
		"tollbooth limiter counts requests in process memory: each instance allows the full rate and counts reset on restart; tollbooth has no shared backend, use a Redis-backed limiter such as github.com/go-redis/redis_rate"},
	{[]string{goLimiterMem}, []string{"New"},
		"go-limiter memorystore counts requests in process memory: each instance allows the full rate and counts reset on restart; use a shared store such as github.com/sethvargo/go-redisstore"},
	{throttledMemstore, []string{"New", "NewCtx"},
		"throttled memstore counts requests in process memory: each instance allows the full rate and counts reset on restart; use store/goredisstore or store/redigostore"},
	{[]string{vitekMemory}, []string{"New"},
		"ratelimit memory store counts requests in process memory: each instance allows the full rate and counts reset on restart; use github.com/VojtechVitek/ratelimit/redis"},
	{goSession, []string{"NewMemoryStore"},
		"go-session memory store keeps sessions in process memory: they are lost on restart and unseen by other instances; use a shared store such as github.com/go-session/redis"},
	{oauth2Store, []string{"NewMemoryTokenStore"},
		"go-oauth2 memory token store keeps issued tokens in process memory: a token issued by one instance is unknown to the others and all are lost on restart; use a shared token store such as github.com/go-oauth2/redis"},
	{oauth2Store, []string{"NewFileTokenStore"},
		"go-oauth2 file token store keeps issued tokens in a file on this instance's disk: other instances cannot read them; use a shared token store such as github.com/go-oauth2/redis"},
	{[]string{"github.com/RichardKnop/machinery/v1/brokers/eager", "github.com/RichardKnop/machinery/v2/brokers/eager"}, []string{"New"},
		eagerMsg},
}

// configured lists constructors that fall back to process memory unless
// their Config sets one of the named fields.
var configured = []struct {
	pkgs   []string
	names  []string
	fields []string
	msg    string
}{
	{[]string{"github.com/gofiber/fiber/v2/middleware/session"}, []string{"New"}, []string{"Storage"},
		"fiber session store without Storage keeps sessions in process memory: they are lost on restart and unseen by other instances; set Storage to a shared storage such as github.com/gofiber/storage/redis"},
	{[]string{"github.com/gofiber/fiber/v3/middleware/session"}, []string{"New", "NewWithStore"}, []string{"Storage", "Store"},
		"fiber session middleware without Storage keeps sessions in process memory: they are lost on restart and unseen by other instances; set Storage to a shared storage such as github.com/gofiber/storage/redis"},
	{[]string{"github.com/gofiber/fiber/v3/middleware/session"}, []string{"NewStore"}, []string{"Storage"},
		"fiber session store without Storage keeps sessions in process memory: they are lost on restart and unseen by other instances; set Storage to a shared storage such as github.com/gofiber/storage/redis"},
	{[]string{"github.com/gofiber/fiber/v2/middleware/limiter"}, []string{"New"}, []string{"Storage", "Store"},
		"fiber limiter without Storage counts requests in process memory: each instance allows the full limit and counts reset on restart; set Storage to a shared storage"},
	{[]string{"github.com/gofiber/fiber/v3/middleware/limiter"}, []string{"New"}, []string{"Storage"},
		"fiber limiter without Storage counts requests in process memory: each instance allows the full limit and counts reset on restart; set Storage to a shared storage"},
	{[]string{"github.com/gofiber/fiber/v2/middleware/csrf", "github.com/gofiber/fiber/v3/middleware/csrf"}, []string{"New"}, []string{"Storage", "Session"},
		"fiber csrf without Storage or Session keeps tokens in process memory: a token issued by one instance is rejected by another; set Storage to a shared storage or Session"},
	{[]string{"github.com/gofiber/fiber/v3/middleware/idempotency"}, []string{"New"}, []string{"Storage"},
		"fiber idempotency without Storage remembers keys in process memory: a retry that reaches another instance runs twice; set Storage to a shared storage"},
}

// vitekFallbackMsg is said of a ratelimit memory store given as a fallback.
const vitekFallbackMsg = "ratelimit memory store as a fallback counts requests in process memory while Redis fails: instances then each allow the full rate; drop the fallback to fail closed, or accept it with //statecheck:ignore"

// checkConstructor reports a call of a known in-process store constructor.
func (c *checker) checkConstructor(call *ast.CallExpr, fn *types.Func) {
	if astindex.IsMethod(fn, []string{vitekPath}, "LimitBy") {
		// Calls are visited before their arguments: mark the fallbacks.
		for _, a := range call.Args[min(1, len(call.Args)):] {
			if inner, ok := ast.Unparen(a).(*ast.CallExpr); ok {
				c.vitekFallback[inner] = true
			}
		}
		return
	}
	if c.vitekFallback[call] && astindex.IsFunc(fn, []string{vitekMemory}, "New") {
		c.r.Reportf(call.Fun.Pos(), call.Fun.End(), "%s", vitekFallbackMsg)
		return
	}
	for _, k := range inProcess {
		if astindex.IsFunc(fn, k.pkgs, k.names...) {
			if astindex.IsFunc(fn, throttledMemstore, "New", "NewCtx") && c.capacityThrottle(call) {
				return
			}
			c.r.Reportf(call.Fun.Pos(), call.Fun.End(), "%s", k.msg)
			return
		}
	}
	for _, k := range configured {
		if astindex.IsFunc(fn, k.pkgs, k.names...) {
			if !c.configSets(call, k.fields) {
				c.r.Reportf(call.Fun.Pos(), call.Fun.End(), "%s", k.msg)
			}
			return
		}
	}
	switch {
	case astindex.IsFunc(fn, []string{httpratePath}, "Limit", "LimitBy", "NewRateLimiter"):
		c.checkHTTPRate(call)
	case astindex.IsFunc(fn, []string{httprateRedis}, "WithRedisLimitCounter", "NewRedisLimitCounter", "NewCounter"):
		c.checkHTTPRateRedis(call)
	case astindex.IsFunc(fn, goSession, "NewManager", "InitManager"):
		c.goSessionInit = c.goSessionInit || fn.Name() == "InitManager"
		c.checkGoSession(call, fn)
	case astindex.IsFunc(fn, goSession, "Start") && c.pass.Pkg.Name() == "main" && c.goSessionStart == nil:
		c.goSessionStart = call
	case astindex.IsFunc(fn, kataras, "New"):
		c.katarasNew = append(c.katarasNew, call)
	case astindex.IsFunc(fn, kataras, "UseDatabase") || astindex.IsMethod(fn, kataras, "UseDatabase"):
		c.katarasDB = true
	}
}

// configSets reports whether the variadic Config argument of a fiber
// middleware sets one of fields to something other than nil, or cannot be
// read (a spread, a value the analyzer cannot follow). A Config held in a
// variable counts fields stored into it later (cfg.Storage = …).
func (c *checker) configSets(call *ast.CallExpr, fields []string) bool {
	if call.Ellipsis.IsValid() {
		return true
	}
	if len(call.Args) == 0 {
		return false
	}
	lit, v := c.ix.CompositeLit(call.Args[0])
	if lit == nil {
		return true
	}
	for _, f := range fields {
		if val := astindex.LitField(lit, f); val != nil && !c.ix.IsNil(val) {
			return true
		}
		if v != nil && c.ix.StoresField(v, f) {
			return true
		}
	}
	return false
}

// checkHTTPRate reports an httprate limiter with no limit counter of its
// own. An option the analyzer cannot read counts as one.
func (c *checker) checkHTTPRate(call *ast.CallExpr) {
	if call.Ellipsis.IsValid() {
		return
	}
	for _, a := range call.Args {
		opt, ok := ast.Unparen(a).(*ast.CallExpr)
		if !ok {
			if astindex.IsNamed(c.pass.TypesInfo.TypeOf(a), []string{httpratePath}, "Option") {
				return // an option held in a variable
			}
			continue
		}
		fn := c.ix.Callee(opt)
		switch {
		case astindex.IsFunc(fn, []string{httprateRedis}, "WithRedisLimitCounter"):
			return
		case astindex.IsFunc(fn, []string{httpratePath}, "WithLimitCounter"):
			if !c.isLocalCounter(opt.Args[0]) {
				return
			}
		case astindex.IsFunc(fn, []string{httpratePath}, "WithNoop"):
			return
		case fn != nil && (fn.Pkg() == nil || fn.Pkg().Path() != httpratePath) &&
			astindex.IsNamed(c.pass.TypesInfo.TypeOf(opt), []string{httpratePath}, "Option"):
			return // an option made elsewhere
		}
	}
	c.r.Reportf(call.Fun.Pos(), call.Fun.End(),
		"httprate counts requests in process memory: each instance allows the full limit and counts reset on restart; add httprateredis.WithRedisLimitCounter")
}

// isLocalCounter reports whether e is httprate.NewLocalLimitCounter(…).
func (c *checker) isLocalCounter(e ast.Expr) bool {
	call, ok := ast.Unparen(e).(*ast.CallExpr)
	return ok && astindex.IsFunc(c.ix.Callee(call), []string{httpratePath}, "NewLocalLimitCounter")
}

// checkHTTPRateRedis reports an httprate-redis counter that silently falls
// back to counting in process memory when Redis is slow or down.
func (c *checker) checkHTTPRateRedis(call *ast.CallExpr) {
	if len(call.Args) != 1 {
		return
	}
	lit, v := c.ix.CompositeLit(call.Args[0])
	if lit == nil {
		return
	}
	if v != nil && c.ix.StoresField(v, "FallbackDisabled") {
		return
	}
	if val := astindex.LitField(lit, "FallbackDisabled"); val != nil {
		if b, ok := c.ix.ConstBool(val); !ok || b {
			return
		}
	}
	c.r.Reportf(call.Fun.Pos(), call.Fun.End(),
		"httprate-redis falls back to an in-process counter when Redis is slow or down: instances then each allow the full limit; set FallbackDisabled: true")
}

// checkMachineryConfig reports a machinery config whose Broker selects the
// in-process eager broker.
func (c *checker) checkMachineryConfig(lit *ast.CompositeLit) {
	if !machineryConfig(c.pass.TypesInfo.TypeOf(lit)) {
		return
	}
	if b := astindex.LitField(lit, "Broker"); b != nil {
		if s, ok := c.ix.ConstString(b); ok && strings.HasPrefix(s, "eager") {
			c.r.Reportf(b.Pos(), b.End(), "%s", eagerMsg)
		}
	}
}

// checkGoSession reports a go-session manager made without a SetStore
// option: its default store is in process memory. An option the analyzer
// cannot read (a variable, another package's function, a spread) counts as
// one that sets a store.
func (c *checker) checkGoSession(call *ast.CallExpr, fn *types.Func) {
	if call.Ellipsis.IsValid() {
		return
	}
	if len(call.Args) > 0 && types.Identical(c.pass.TypesInfo.TypeOf(call.Args[0]), types.Typ[types.String]) {
		// The first API, NewManager(provider, config): "memory" and
		// "file" keep sessions in this instance.
		if p, ok := c.ix.ConstString(call.Args[0]); ok && (p == "memory" || p == "file") {
			where := "process memory"
			if p == "file" {
				where = "files on this instance's disk"
			}
			c.r.Reportf(call.Args[0].Pos(), call.Args[0].End(),
				"go-session %q provider keeps sessions in %s: they are lost on restart and unseen by other instances; use the redis provider or a shared store", p, where)
		}
		return
	}
	for _, a := range call.Args {
		opt, ok := ast.Unparen(a).(*ast.CallExpr)
		if !ok {
			return // an option held in a variable
		}
		f := c.ix.Callee(opt)
		if f == nil || f.Pkg() == nil || f.Pkg().Path() != fn.Pkg().Path() || f.Name() == "SetStore" {
			return
		}
	}
	c.r.Reportf(call.Fun.Pos(), call.Fun.End(),
		"go-session %s without SetStore keeps sessions in process memory: they are lost on restart and unseen by other instances; add session.SetStore with a shared store such as github.com/go-session/redis", fn.Name())
}

// finishGoSession reports the first session.Start of a main package that
// never calls InitManager: go-session's default manager keeps sessions in
// process memory. Only a main package is judged, where nothing else can
// configure the default manager; a library package's Start is trusted.
func (c *checker) finishGoSession() {
	if c.goSessionStart == nil || c.goSessionInit {
		return
	}
	call := c.goSessionStart
	c.r.Reportf(call.Fun.Pos(), call.Fun.End(), "%s",
		"go-session default manager keeps sessions in process memory: they are lost on restart and unseen by other instances; call session.InitManager with session.SetStore and a shared store such as github.com/go-session/redis")
}

// finishKataras reports the go-sessions (and Iris) managers of a package
// that never calls UseDatabase: they keep every session in process memory.
// A UseDatabase anywhere in the package quiets them all, since the
// analyzer does not follow which manager it is called on.
func (c *checker) finishKataras() {
	if c.katarasDB {
		return
	}
	for _, call := range c.katarasNew {
		c.r.Reportf(call.Fun.Pos(), call.Fun.End(), "%s",
			"sessions manager without UseDatabase keeps sessions in process memory: they are lost on restart and unseen by other instances; call UseDatabase with a shared database such as sessiondb/redis")
	}
}
