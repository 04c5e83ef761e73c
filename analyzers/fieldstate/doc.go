// Package fieldstate defines an Analyzer that reports request handlers
// writing fields of the long-lived server value or variables captured by
// handler closures.
//
// # Analyzer fieldstate
//
// fieldstate: report server fields and captured variables written on a request path
//
// The value a handler method hangs on — the Server struct built in main
// and registered once — lives as long as the instance. So does a variable
// that a handler closure captures from the function that built it. A
// handler that writes s.sessions[id], s.carts = append(s.carts, c) or a
// captured hit counter keeps client state in one instance's memory: other
// instances never see it, and a restart loses it.
//
// fieldstate follows every request handler through the functions it
// calls, across packages, binding arguments to parameters, so a write made
// by a helper (store.Save(s.sessions, id, v)) or a method of a field
// (s.cache.Put(k, v)) is reported at the handler's call with the chain
// that leads to it. It reports the receiver of handler methods and the
// variables a handler closure captures from a function that is not itself
// a handler; values made during the request are request-scoped and quiet,
// and so are the receiver of a handler method and a captured pointer when
// their type is one that its package makes only on request paths (the
// handler a per-request dispatcher builds, a response payload's Render, a
// per-request probe whose Reset method returns a handler that refills it)
// and nothing long-lived in the package can hold one.
// Library state (prometheus collectors, loggers, *sql.DB, redis clients)
// lazy initialization guarded by a nil check, memo fills and captured
// variables that every handler writes before reading (a shared err) are
// not reported; maps of connections or channels (or of clients holding
// one in their own fields) only with -connections.
//
// One finding per handler and writing function, naming the fields it
// writes ("writes 3 fields of the long-lived receiver: s.sessions,
// s.visits, s.last"), with related information at each write. Caches and
// state follow globalstate's rule, by what is stored and never by name: a
// value computed from constants and the receiver's configuration (an
// upstream token minted from the client ID and secret, refreshed with its
// expiry) is a cache, quiet in a field called session; client data is
// state in a field called cache, and so is the time of a request
// (m.start = time.Now() in a middleware that one instance shares). Writes into in-process cache libraries
// (see globalstate) held in fields are reported the same way.
//
// WRONG:
//
//	type Server struct {
//		mu    sync.Mutex
//		carts map[string][]Item
//	}
//
//	func (s *Server) addToCart(w http.ResponseWriter, r *http.Request) {
//		s.mu.Lock()
//		defer s.mu.Unlock()
//		s.carts[user(r)] = append(s.carts[user(r)], item(r))
//	}
//
// RIGHT: the server holds a client of a shared store, not the data:
//
//	type Server struct {
//		redis *redis.Client
//	}
//
//	func (s *Server) addToCart(w http.ResponseWriter, r *http.Request) {
//		err := s.redis.RPush(r.Context(), "cart:"+user(r), item(r)).Err()
//		...
//	}
//
// A field that is truly a cache is accepted once declared so:
//
//	type Server struct {
//		//statecheck:cache compiled templates, rebuilt on a miss
//		pages map[string]*template.Template
//	}
package fieldstate
