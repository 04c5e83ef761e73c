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
// chi, gorilla/mux, gRPC and connect methods, middleware) through the
// functions it calls, across packages, and reports writes of package-level
// variables: map updates and deletes, appends stored back, counters, field
// and element stores, sync.Map and sync/atomic updates, and mutations of
// in-process caches (go-cache, golang-lru, ristretto, bigcache). A map of
// per-client *rate.Limiter values gets its own message: each instance
// counts alone, so N instances allow N times the limit.
//
// It does not report writes in init, in main or anything main calls before
// serving, inside sync.Once, sync.OnceFunc and sync.OnceValue, lazy
// initialization guarded by a nil check, memo fills (a value computed
// from its key by a call, stored after a lookup of that key), which every
// instance computes alike, request-scoped values, reads,
// and library state such as prometheus collectors, loggers, *sql.DB or
// redis clients. Registries of connections (maps of websocket connections
// or channels) are reported only with -connections.
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
