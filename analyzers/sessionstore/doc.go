// Package sessionstore defines an Analyzer that reports client state kept
// in one instance: session, rate-limit and task stores in process memory
// or on local disk, and session keys written to Redis without a TTL.
//
// # Analyzer sessionstore
//
// sessionstore: report in-process session and limiter stores and session keys without TTL
//
// A service scales out only if any instance can serve any request and any
// instance can disappear. A session store in process memory or on local
// disk breaks both: the next request lands on an instance that has never
// seen the session, and a restart or deploy logs everyone out. A rate
// limiter counting in memory lets each of N instances allow the full
// limit, N times in all, and forgets on restart. The store is reported
// wherever it is built, not only on request paths: a store made in main
// serves every request.
//
// Stores reported:
//
//   - github.com/alexedwards/scs/v2: scs.New() whose Store is never set
//     (the default is the in-process memstore), and Store set to
//     memstore.New() explicitly. See below for how Store is found.
//   - github.com/gorilla/sessions: NewFilesystemStore.
//   - github.com/gin-contrib/sessions: memstore.NewStore and
//     filesystem.NewStore.
//   - github.com/gofiber/fiber v2 and v3 middleware: session.New (v3 also
//     NewStore, and NewWithStore and New without Config.Store),
//     limiter.New, csrf.New (quiet with Session) and v3 idempotency.New,
//     when the Config does not set Storage. A Config written in the call,
//     or held in a variable given one literal value, is read, with stores
//     into the variable's fields (cfg.Storage = …); any other Config, or
//     a spread, is trusted.
//   - github.com/labstack/echo/v4/middleware: NewRateLimiterMemoryStore
//     and NewRateLimiterMemoryStoreWithConfig.
//   - github.com/go-chi/httprate: LimitAll, LimitByIP and LimitByRealIP;
//     Limit, LimitBy and NewRateLimiter without WithLimitCounter (or with
//     NewLocalLimitCounter) and without httprateredis.WithRedisLimitCounter
//     (an option the analyzer cannot read is trusted). And
//     github.com/go-chi/httprate-redis counters whose Config does not set
//     FallbackDisabled: by default they fall back to an in-process counter
//     whenever Redis is slow or down, and instances then limit alone.
//   - github.com/ulule/limiter/v3/drivers/store/memory: NewStore and
//     NewStoreWithOptions.
//   - github.com/didip/tollbooth (v1, v6 to v8): NewLimiter and
//     limiter.New, which keep an expirable map of limiters in process;
//     tollbooth has no shared backend.
//   - github.com/sethvargo/go-limiter/memorystore: New (use
//     github.com/sethvargo/go-redisstore).
//   - github.com/throttled/throttled (v1, v2) store/memstore: New and
//     NewCtx (use store/goredisstore or store/redigostore). Quiet when the
//     function that makes the store builds an HTTPRateLimiter varying by
//     nothing of the client (no VaryBy, or one setting only Method, Path
//     or Separator): that limiter caps the instance's own load, which is
//     per instance by design, and holds no client's count.
//   - github.com/VojtechVitek/ratelimit/memory: New (use ratelimit/redis);
//     as a fallback store of LimitBy it counts only while Redis fails, and
//     the message says so.
//   - github.com/go-session/session (v1, v3, and gopkg.in/session.v1 to
//     v3): NewMemoryStore, and NewManager and InitManager without a
//     SetStore option, whose default store is in memory (an option the
//     analyzer cannot read is trusted); with the first API,
//     NewManager("memory", …) and NewManager("file", …). And the first
//     package-level session.Start of a main package that never calls
//     InitManager, which uses the default manager's memory store (in a
//     library package, Start is trusted: main may configure it).
//   - github.com/kataras/go-sessions (v1, v3) and Iris sessions: New in a
//     package that never calls UseDatabase; any UseDatabase in the package
//     quiets them all, and a manager given its database by another package
//     is reported (excuse it with //statecheck:ignore).
//   - github.com/go-oauth2/oauth2/v4/store (and gopkg.in/oauth2.v3):
//     NewMemoryTokenStore and NewFileTokenStore, where issued tokens live in
//     one instance (use github.com/go-oauth2/redis).
//   - github.com/RichardKnop/machinery (v1, v2): brokers/eager.New and a
//     config.Config whose Broker starts with "eager", which run each task
//     inside the publishing process.
//
// Finding an scs Store. The manager made by scs.New() is followed through
// the places it is kept: local and package variables, struct fields
// (sm.Store on a field counts for every value of that field), results of
// the package's functions, parameters of the package's functions it is
// passed to, and an embedded *scs.SessionManager. An assignment to Store
// on any of them, anywhere in the package and on any path (under an if
// counts), quiets every scs.New() that reaches it:
//
//	sm := scs.New()
//	sm.Store = redisstore.New(pool)
//
// A manager handed to code the analyzer cannot see (a function of another
// package, a map or slice) is trusted. A function of a library package
// that returns a manager without a Store is not reported there; its
// callers are, in their own package, unless they set Store. A manager kept
// in an exported variable or field of a library package is trusted.
//
// Session keys without TTL. A Redis key holding a session must expire, or
// abandoned sessions stay forever and a session can never time out. With
// github.com/redis/go-redis/v9 (and github.com/go-redis/redis/v8):
// Set and SetNX with a constant zero expiration, SetArgs whose literal sets
// none of TTL, ExpireAt and KeepTTL, and HSet, HMSet and HSetNX; with
// github.com/gomodule/redigo: Do, Send or DoContext of SET without EX, PX,
// EXAT, PXAT or KEEPTTL, and of SETNX, HSET, HMSET and HSETNX. Each is
// quiet when the same function (closures included, so a pipeline counts)
// also expires the same key: Expire, PExpire, ExpireAt, HExpire and their
// kin, or EXPIRE-family commands. The same key means the same constant or
// the same expression over the same variables.
//
// Only session-like keys are reported: a word of -sessionwords (default
// session, sessions, sess, sid, token, tokens, csrf, xsrf) appears in the
// key expression, as a whole word of an identifier or string constant in
// it ("session:"+id, sessionKey(id), fmt.Sprintf("sess:%s", id), following
// a local variable to its value), or in the name of the writing function
// or its receiver type (CreateSession, (*TokenStore).Put). Other keys
// without TTL (configuration, counters) are not this analyzer's business.
//
// The suggested fix replaces a zero expiration (or adds TTL to a SetArgs
// literal, or appends "EX", seconds to a redigo SET) with -fixttl, default
// 24h, scs's default session lifetime; adjust it to the session policy.
//
// WRONG:
//
//	sessionManager := scs.New()
//	http.ListenAndServe(":4000", sessionManager.LoadAndSave(mux))
//
//	rdb.Set(ctx, "session:"+id, data, 0)
//
// RIGHT:
//
//	sessionManager := scs.New()
//	sessionManager.Store = redisstore.New(pool)
//
//	rdb.Set(ctx, "session:"+id, data, 30*time.Minute)
//
// Test files are not checked. A store on a disk every instance shares
// (NFS) or an instance that is deliberately the only one is excused with
// //statecheck:ignore sessionstore <reason>. Known limits: configuration
// built by another function or package is trusted; keys are matched by
// expression, so a TTL set in another function is not seen; fiber's cache
// middleware is a cache and not reported.
package sessionstore
