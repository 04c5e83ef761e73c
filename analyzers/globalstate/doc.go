// Package globalstate defines an Analyzer that reports request handlers
// writing package-level variables.
//
// # Analyzer globalstate
//
// globalstate: report package-level state written on a request path
//
// A service scales out only if any instance can serve any request. A
// package-level map of sessions, a slice of orders or a hit counter that a
// handler writes lives in one instance's memory: the next request may land
// on another instance that has never seen it, and a restart or deploy
// loses it.
//
// globalstate follows every request handler (net/http, gin, echo, fiber,
// chi, gorilla/mux, gRPC and connect methods, go-kit endpoints,
// middleware) through the
// functions it calls, across packages, and reports writes of package-level
// variables: map updates and deletes, appends stored back, counters, field
// and element stores, sync.Map and sync/atomic updates, and mutations of
// in-process caches (the libraries below). A map of per-client
// *rate.Limiter values gets its own message: each instance counts alone,
// so N instances allow N times the limit.
//
// One finding per handler and writing function, not per statement: a
// settings handler whose switch updates 32 package-level variables is one
// finding at its first write that names them ("writes 32 package-level
// variables: ModelRatio, GroupRatio, … and 26 more"), with related
// information at each write. A helper that several handlers call is one
// finding naming them all. An ignore directive on one write silences
// that write only.
//
// Caches and state follow one rule, by what is stored, never by name. A
// value computed by a call from constants and configuration alone
// (package-level variables, fields of the method's receiver) under a key
// that is itself static — a signed upstream token, a compiled template —
// is the same on every instance: a cache, quiet, even in a variable called
// sessions. So is a memo fill. A value that comes from the request, a
// parameter or a source of randomness is state, reported even in a
// variable called cache; so is a bare constant stored on a request path
// (maintenance = true flips a switch on one instance only), and so is the
// clock read as it is (time.Now() kept as the time of a request), while an
// expiry computed from the clock and a configured lifetime goes with the
// cache entry it belongs to.
//
// In-process cache libraries, with the methods that add or drop entries
// (Set, Add, Replace, Delete, Remove, Purge, Clear and their kin; lookups
// and loaders such as ccache Fetch are not writes). The list comes from a
// survey of public Go code for in-process stores: each library is imported
// by at least ten files of the code index searched (it counts no further),
// and the first four are ordered by how many of the services statecheck is
// measured on depend on them:
//
//	library                                 writes reported through
//	github.com/hashicorp/golang-lru (v1, v2) Add, ContainsOrAdd, PeekOrAdd, Remove, Purge
//	github.com/patrickmn/go-cache           Set, SetDefault, Add, Replace, Increment…, Delete, Flush
//	github.com/jellydator/ttlcache (v2, v3) Set, GetOrSet, Delete, DeleteAll
//	github.com/dgraph-io/ristretto (v1, v2) Set, SetWithTTL, Del, Clear
//	github.com/allegro/bigcache (v1–v3)     Set, Append, Delete, Reset
//	github.com/coocood/freecache            Set, Del, Clear
//	github.com/karlseguin/ccache (v1–v3)    Set, Replace, TrackingSet, Delete, DeletePrefix, DeleteFunc, Clear
//	github.com/bluele/gcache                Set, SetWithExpire, Remove, Purge (through the Cache interface)
//	github.com/maypok86/otter (v1, v2)      Set, SetIfAbsent, Compute, Delete, Invalidate, InvalidateAll, Clear
//	github.com/muesli/cache2go              Add, NotFoundAdd, Delete, Flush
//	github.com/ReneKroon/ttlcache (v1, v2)  Set, SetWithTTL, Remove, Purge
//	github.com/VictoriaMetrics/fastcache    Set, SetBig, Del, Reset
//	github.com/Code-Hex/go-generics-cache   Set, Delete
//
// The message names the alternative: keep the entries in a shared cache
// (Redis, memcached), or declare the cache //statecheck:cache with the
// reason every entry can be rebuilt. Session, rate-limit and token stores
// of these families' neighbours (scs, gorilla/sessions, go-limiter,
// throttled, tollbooth, go-oauth2 …) are sessionstore's business: it
// reports them where they are built.
//
// It does not report writes in init, in main or anything main calls before
// serving, inside sync.Once, sync.OnceFunc and sync.OnceValue, lazy
// initialization guarded by a nil check, memo fills (a value computed
// from its key by a call, or a record of such values and constants,
// stored after a lookup of that key; each cache library's key and value
// are read where it takes them, as cache2go's Add(key, lifeSpan, data)
// and fastcache's Get(dst, key)), which every instance computes alike,
// request-scoped values, reads,
// and library state such as prometheus collectors, loggers, *sql.DB or
// redis clients. Registries of connections (maps of websocket connections
// or channels, or of clients that hold one in their own fields) are
// reported only with -connections; a registry of objects that hold their
// clients in a list among state of their own (a game's lobbies with their
// rounds, words and players) is reported.
//
// WRONG:
//
//	var sessions = map[string]User{}
//
//	func login(w http.ResponseWriter, r *http.Request) {
//		id := rand.Text()
//		sessions[id] = User{Name: r.FormValue("user")}
//		...
//	}
//
// RIGHT: keep the session in a store every instance shares, with a TTL:
//
//	func (s *Server) login(w http.ResponseWriter, r *http.Request) {
//		id := rand.Text()
//		err := s.redis.Set(r.Context(), "session:"+id, userJSON, 30*time.Minute).Err()
//		...
//	}
//
// A variable that is truly a cache — losing it costs only warm entries —
// is accepted once declared so, with the reason:
//
//	//statecheck:cache rendered templates, rebuilt from disk on a miss
//	var pages = map[string]*template.Template{}
package globalstate
