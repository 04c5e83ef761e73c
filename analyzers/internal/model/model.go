// Package model is statecheck's knowledge of library APIs: which packages
// are modelled rather than analyzed, which of their calls mutate in-process
// state, and which types hold connections or rate limits.
//
// Libraries are described by what their API does, never by analyzing their
// code: a prometheus counter updates atomics inside its own struct, a
// logger writes a buffer, a connection pool grows a slice, and none of it is
// client state. Only the calls listed here count as writes.
package model

import (
	"go/build"
	"go/types"
	"os"
	"path/filepath"
	"strings"
	"sync"

	"github.com/statecheck/statecheck/analyzers/internal/lintkit"
)

// libraries are import-path prefixes of third-party packages that statecheck
// models instead of analyzing (matched on whole path elements). They matter
// where no module information tells a dependency from the user's code, as in
// GOPATH-mode tests; with modules every versioned dependency is skipped.
var libraries = []string{
	"github.com/gin-gonic/", "github.com/gin-contrib/",
	"github.com/labstack/echo",
	"github.com/gofiber/",
	"github.com/go-chi/",
	"github.com/gorilla/",
	"github.com/valyala/fasthttp",
	"google.golang.org/grpc", "google.golang.org/protobuf",
	"connectrpc.com/",
	"github.com/prometheus/",
	"go.opentelemetry.io/",
	"github.com/redis/", "github.com/go-redis/", "github.com/gomodule/redigo",
	"github.com/jackc/", "github.com/lib/pq", "gorm.io/", "github.com/jmoiron/sqlx",
	"go.mongodb.org/",
	"go.uber.org/", "github.com/sirupsen/logrus", "github.com/rs/zerolog",
	"golang.org/x/",
	"github.com/patrickmn/go-cache", "github.com/hashicorp/golang-lru",
	"github.com/dgraph-io/ristretto", "github.com/allegro/bigcache",
	"github.com/coocood/freecache", "github.com/jellydator/ttlcache",
	"github.com/karlseguin/ccache", "github.com/bluele/gcache", "github.com/maypok86/otter",
	"github.com/muesli/cache2go", "github.com/ReneKroon/ttlcache", "github.com/VictoriaMetrics/fastcache",
	"github.com/Code-Hex/go-generics-cache",
	"github.com/sethvargo/go-limiter", "github.com/throttled/throttled", "github.com/VojtechVitek/ratelimit",
	"github.com/go-session/", "github.com/kataras/go-sessions", "github.com/go-oauth2/oauth2",
	"github.com/hibiken/asynq", "github.com/riverqueue/",
	"github.com/alexedwards/scs", "github.com/golang-jwt/", "github.com/lestrrat-go/",
	"github.com/ulule/limiter", "github.com/didip/tollbooth", "github.com/RichardKnop/machinery",
	"gocloud.dev/", "github.com/aws/", "github.com/minio/",
	"github.com/coder/websocket", "nhooyr.io/websocket",
	"github.com/go-kit/kit/",
}

// Library reports whether the package at path is a third-party library that
// statecheck models rather than analyzes. An entry ending in "/" is a prefix;
// any other entry matches itself and the packages below it (major versions
// such as echo/v4 included).
func Library(path string) bool {
	for _, p := range libraries {
		if strings.HasSuffix(p, "/") && strings.HasPrefix(path, p) ||
			path == p || strings.HasPrefix(path, p+"/") {
			return true
		}
	}
	return false
}

// Mutation describes a library call that mutates in-process state held by
// one of its arguments.
type Mutation struct {
	Arg  int    // index, in SSA call arguments (receiver first), of the mutated value
	What string // the kind of state, for messages: "sync.Map", "atomic", "in-process cache"
}

// Mutator reports whether a call to fn mutates in-process state, and which
// argument holds it.
func Mutator(fn *types.Func) (Mutation, bool) {
	if fn == nil || fn.Pkg() == nil {
		return Mutation{}, false
	}
	path, name := fn.Pkg().Path(), fn.Name()
	recv := lintkit.RecvName(fn)
	switch {
	case path == "sync" && recv == "Map":
		switch name {
		case "Store", "LoadOrStore", "LoadAndDelete", "Delete", "Swap", "CompareAndSwap", "CompareAndDelete", "Clear":
			return Mutation{Arg: 0, What: "sync.Map"}, true
		}
	case path == "sync/atomic":
		if recv != "" {
			switch name {
			case "Add", "Store", "Swap", "CompareAndSwap", "And", "Or":
				return Mutation{Arg: 0, What: "atomic"}, true
			}
		} else if hasAnyPrefix(name, "Add", "Store", "Swap", "CompareAndSwap", "And", "Or") {
			return Mutation{Arg: 0, What: "atomic"}, true
		}
	case path == "container/list" && recv == "List":
		switch name {
		case "PushBack", "PushFront", "PushBackList", "PushFrontList", "InsertAfter", "InsertBefore",
			"MoveAfter", "MoveBefore", "MoveToBack", "MoveToFront", "Remove", "Init":
			return Mutation{Arg: 0, What: "list"}, true
		}
	case path == "container/heap":
		switch name {
		case "Push", "Pop", "Remove", "Fix":
			return Mutation{Arg: 0, What: "heap"}, true
		}
	case cacheLibrary(path) && recv != "" && cacheMutators[name]:
		return Mutation{Arg: 0, What: CacheNoun}, true
	}
	return Mutation{}, false
}

// CacheNoun is the Mutation.What of a write into an in-process cache
// library; messages follow it with CacheAlternative.
const CacheNoun = "in-process cache"

// CacheAlternative is what a message suggests instead of writing client
// data into an in-process cache.
const CacheAlternative = "keep the entries in a shared cache such as Redis or memcached, " +
	"or declare the cache //statecheck:cache with the reason every entry can be rebuilt"

// cacheMutators are the methods of the cache libraries that add, replace or
// drop entries. Lookups (Get, Peek, Has) and constructors are not writes;
// GetOrSet, which stores its value argument on a miss, is a Set.
var cacheMutators = map[string]bool{}

func init() {
	for _, n := range []string{
		// patrickmn/go-cache, golang-lru, ristretto, bigcache, freecache, ttlcache
		"Set", "SetDefault", "SetWithTTL", "Add", "Replace", "Increment", "IncrementInt",
		"IncrementInt64", "IncrementFloat", "Decrement", "DecrementInt", "DecrementInt64",
		"Delete", "Del", "Remove", "Purge", "Flush", "Clear", "Reset",
		"ContainsOrAdd", "PeekOrAdd", "Append", "GetOrSet", "DeleteAll",
		// karlseguin/ccache (Fetch, a loader, is a fill like a memo and left out)
		"TrackingSet", "DeletePrefix", "DeleteFunc",
		// bluele/gcache
		"SetWithExpire",
		// maypok86/otter v1 and v2
		"SetIfAbsent", "DeleteByFunc", "Invalidate", "InvalidateAll", "Compute", "ComputeIfPresent",
		// muesli/cache2go
		"NotFoundAdd",
		// VictoriaMetrics/fastcache
		"SetBig",
	} {
		cacheMutators[n] = true
	}
}

// cacheLibraries are the in-process cache libraries, ranked by how often
// public Go services import them (see the globalstate documentation).
var cacheLibraries = []string{
	"github.com/patrickmn/go-cache", "github.com/hashicorp/golang-lru",
	"github.com/dgraph-io/ristretto", "github.com/allegro/bigcache",
	"github.com/coocood/freecache", "github.com/jellydator/ttlcache",
	"github.com/karlseguin/ccache", "github.com/bluele/gcache",
	"github.com/maypok86/otter", "github.com/muesli/cache2go",
	"github.com/ReneKroon/ttlcache", "github.com/VictoriaMetrics/fastcache",
	"github.com/Code-Hex/go-generics-cache",
}

// cacheLibrary reports whether path is an in-process cache library whose
// mutating methods hold data in this process only.
func cacheLibrary(path string) bool {
	for _, p := range cacheLibraries {
		if path == p || strings.HasPrefix(path, p+"/") {
			return true
		}
	}
	return false
}

// cache2go puts an entry's lifetime between its key and its value
// (Add(key, lifeSpan, data)), and fastcache reads into a destination
// buffer given before the key (Get(dst, key)).
const (
	cache2goPath  = "github.com/muesli/cache2go"
	fastcachePath = "github.com/VictoriaMetrics/fastcache"
)

// CacheStore reports, for a method of a cache library that stores one
// entry, the indices of its key and of its value among the SSA call
// arguments (receiver first). A memo fill is recognized by them: a value
// computed from its key, stored after a lookup of that key. Deletes and
// counters store no computed value and are not listed.
func CacheStore(fn *types.Func) (key, val int, ok bool) {
	if fn == nil || fn.Pkg() == nil || lintkit.RecvName(fn) == "" || !cacheLibrary(fn.Pkg().Path()) {
		return 0, 0, false
	}
	switch fn.Name() {
	case "Add", "NotFoundAdd":
		if fn.Pkg().Path() == cache2goPath {
			return 1, 3, true
		}
		return 1, 2, true
	case "Set", "SetDefault", "SetWithTTL", "SetWithExpire", "SetIfAbsent", "Replace", "SetBig",
		"ContainsOrAdd", "PeekOrAdd", "GetOrSet":
		return 1, 2, true
	}
	return 0, 0, false
}

// CacheLookup reports, for a method of a cache library that reads one
// entry, the index of its key among the SSA call arguments (receiver
// first): Get and Peek and their kin, cache2go's Value and Exists,
// gcache's GetIFPresent, otter's GetIfPresent.
func CacheLookup(fn *types.Func) (key int, ok bool) {
	if fn == nil || fn.Pkg() == nil || lintkit.RecvName(fn) == "" || !cacheLibrary(fn.Pkg().Path()) {
		return 0, false
	}
	switch fn.Name() {
	case "Get", "HasGet", "GetBig":
		if fn.Pkg().Path() == fastcachePath {
			return 2, true
		}
		return 1, true
	case "Peek", "GetIfPresent", "GetIFPresent", "GetWithTTL", "GetWithExpiration",
		"Value", "Exists", "Contains", "Has":
		return 1, true
	}
	return 0, false
}

// handlerBuilders are library constructors that keep the functions they
// are given to call them on requests, where what they return is no
// http.Handler that would say so: go-kit's gRPC transport, whose Server a
// generated gRPC method calls.
var handlerBuilders = map[string]bool{
	"github.com/go-kit/kit/transport/grpc.NewServer": true,
}

// BuildsHandler reports whether fn is a library constructor that serves
// the functions it is given (see handlerBuilders).
func BuildsHandler(fn *types.Func) bool {
	return fn.Pkg() != nil && handlerBuilders[fn.Pkg().Path()+"."+fn.Name()]
}

func hasAnyPrefix(s string, prefixes ...string) bool {
	for _, p := range prefixes {
		if strings.HasPrefix(s, p) {
			return true
		}
	}
	return false
}

// IsNamed reports whether t, after removing pointers and aliases, is the
// named type path.name (generic instances included).
func IsNamed(t types.Type, path, name string) bool {
	for {
		t = types.Unalias(t)
		p, ok := t.(*types.Pointer)
		if !ok {
			break
		}
		t = p.Elem()
	}
	n, ok := t.(*types.Named)
	if !ok {
		return false
	}
	obj := n.Origin().Obj()
	return obj.Name() == name && obj.Pkg() != nil && obj.Pkg().Path() == path
}

// RateLimiter reports whether t is, or points to, a token-bucket limiter
// that keeps its state in this process.
// A struct that holds one (a visitor record with a limiter and a
// last-seen time) counts too.
func RateLimiter(t types.Type) bool {
	return rateLimiter(t, 0)
}

func rateLimiter(t types.Type, depth int) bool {
	if IsNamed(t, "golang.org/x/time/rate", "Limiter") || IsNamed(t, "go.uber.org/ratelimit", "Limiter") {
		return true
	}
	if depth > 1 {
		return false
	}
	if p, ok := types.Unalias(t).(*types.Pointer); ok {
		t = p.Elem()
	}
	if st, ok := t.Underlying().(*types.Struct); ok {
		for i := range st.NumFields() {
			if rateLimiter(st.Field(i).Type(), depth+1) {
				return true
			}
		}
	}
	return false
}

// connections are types that stand for one live client connection.
var connections = [][2]string{
	{"net", "Conn"},
	{"github.com/gorilla/websocket", "Conn"},
	{"github.com/coder/websocket", "Conn"},
	{"nhooyr.io/websocket", "Conn"},
	{"golang.org/x/net/websocket", "Conn"},
	{"github.com/gofiber/contrib/websocket", "Conn"},
	{"github.com/gofiber/websocket/v2", "Conn"},
}

// Connection reports whether t holds a live connection or a channel to one:
// registries of connected clients (websocket hubs, SSE subscribers) are
// connection-oriented state that moves with the connection, not client
// state a load balancer can route around.
//
// A client is a connection, a channel, or a struct that holds one in its
// own fields (Client{conn, send}). A struct that holds clients only in a
// map or slice among its other fields (a game lobby with its players, a
// room) is state of its own, which a client that reconnects to another
// instance does not find; so is a struct whose only channel is inside a
// standard library value (a *time.Ticker's C, a *sql.DB's pool).
func Connection(t types.Type) bool {
	return connection(t, 0, true)
}

// connection walks t; collections says whether the elements of maps and
// slices are walked as clients, which is so for the registry itself but
// not for the collections a struct's fields hold.
func connection(t types.Type, depth int, collections bool) bool {
	if depth > 5 {
		return false
	}
	t = types.Unalias(t)
	for _, c := range connections {
		if IsNamed(t, c[0], c[1]) {
			return true
		}
	}
	if n, ok := t.(*types.Named); ok && n.Obj().Pkg() != nil && stdPackage(n.Obj().Pkg().Path()) {
		if _, isStruct := n.Underlying().(*types.Struct); isStruct {
			return false // time.Ticker, sql.DB: their channels are their own
		}
	}
	switch u := t.Underlying().(type) {
	case *types.Chan:
		return true
	case *types.Pointer:
		return connection(u.Elem(), depth+1, collections)
	case *types.Map:
		if !collections {
			return rawConnection(u.Key()) || rawConnection(u.Elem())
		}
		return connection(u.Key(), depth+1, true) || connection(u.Elem(), depth+1, true)
	case *types.Slice:
		if !collections {
			return rawConnection(u.Elem())
		}
		return connection(u.Elem(), depth+1, true)
	case *types.Struct:
		for i := range u.NumFields() {
			if connection(u.Field(i).Type(), depth+1, false) {
				return true
			}
		}
	}
	return false
}

// stdPackages caches stdPackage.
var stdPackages sync.Map // import path → bool

// stdPackage reports whether path is a package of the standard library:
// its first element has no dot and GOROOT holds its sources (package
// scope decides the same way; it imports this package).
func stdPackage(path string) bool {
	if v, ok := stdPackages.Load(path); ok {
		return v.(bool)
	}
	first, _, _ := strings.Cut(path, "/")
	std := false
	if goroot := build.Default.GOROOT; !strings.Contains(first, ".") && goroot != "" {
		_, err := os.Stat(filepath.Join(goroot, "src", path))
		std = err == nil
	}
	stdPackages.Store(path, std)
	return std
}

// rawConnection reports whether t is a connection or a channel itself, or
// a pointer to one: the elements of a hub's map[*websocket.Conn]bool.
func rawConnection(t types.Type) bool {
	t = types.Unalias(t)
	if p, ok := t.Underlying().(*types.Pointer); ok {
		t = types.Unalias(p.Elem())
	}
	for _, c := range connections {
		if IsNamed(t, c[0], c[1]) {
			return true
		}
	}
	_, ok := t.Underlying().(*types.Chan)
	return ok
}
