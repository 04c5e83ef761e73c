// Package memo holds maps that a request fills with values computed from
// the key, after looking the key up: memos, which every instance fills
// alike. Writes that are not memo fills, in the same maps and in maps
// that look alike, are still found.
package memo

import (
	"net/http"
	"sync"
	"time"

	"github.com/patrickmn/go-cache"
	"golang.org/x/time/rate"
)

var (
	mu        sync.RWMutex
	catalogs  = map[string]map[string]string{}
	locations sync.Map
	rendered  = cache.New(time.Minute, time.Minute)
	parsed    sync.Map
)

func loadCatalog(lang string) (map[string]string, error) {
	return map[string]string{"hello": lang}, nil
}

// catalog fills the memo under double-checked locking: quiet.
func catalog(lang string) map[string]string {
	mu.RLock()
	c, ok := catalogs[lang]
	mu.RUnlock()
	if ok {
		return c
	}
	mu.Lock()
	defer mu.Unlock()
	if c, ok := catalogs[lang]; ok {
		return c
	}
	c, err := loadCatalog("translations/" + lang)
	if err != nil {
		return nil
	}
	catalogs[lang] = c
	return c
}

// location falls back to a package-level value on error: quiet.
func location(tz string) *time.Location {
	if loc, ok := locations.Load(tz); ok {
		return loc.(*time.Location)
	}
	loc, err := time.LoadLocation(tz)
	if err != nil {
		loc = time.UTC
	}
	locations.Store(tz, loc)
	return loc
}

func render(name string) string { return "<p>" + name + "</p>" }

// page memoizes through an in-process cache and LoadOrStore: quiet.
func page(w http.ResponseWriter, r *http.Request) {
	name := r.URL.Path
	if _, ok := rendered.Get(name); !ok {
		rendered.Set(name, render(name), cache.DefaultExpiration)
	}
	parsed.LoadOrStore(name, render(name))
	_ = catalog(r.FormValue("lang"))
	_ = location(r.FormValue("tz"))
}

var (
	sessions = map[string]string{}
	limiters = map[string]*rate.Limiter{}
	hits     = map[string]int{}
	seen     sync.Map
)

func newLimiter(ip string) *rate.Limiter { return rate.NewLimiter(1, 5) }

// login checks the new id is free, then stores the request's user: the
// value does not come from the key, so this is client state.
func login(w http.ResponseWriter, r *http.Request) {
	id := r.FormValue("id")
	if _, taken := sessions[id]; taken {
		return
	}
	sessions[id] = r.FormValue("user") // want `handler login writes package-level map sessions`
}

// limit makes a limiter per client from the key: still a limiter, whose
// state every request changes.
func limit(w http.ResponseWriter, r *http.Request) {
	ip := r.RemoteAddr
	l, ok := limiters[ip]
	if !ok {
		l = newLimiter(ip)
		limiters[ip] = l // want `handler limit stores a per-client rate limiter in package-level map limiters`
	}
	_ = l
}

// count computes from the key but never looked it up first.
func count(w http.ResponseWriter, r *http.Request) {
	hits[r.URL.Path] = len(render(r.URL.Path)) // want `^handler count writes 2 package-level variables: hits, seen: state kept in one instance's memory is lost on restart and unseen by other instances$`
	seen.LoadOrStore(r.URL.Path, r.FormValue("user"))
}

// invalidate drops a memo's entry on an update: other instances keep
// theirs, so this write is found.
func invalidate(w http.ResponseWriter, r *http.Request) {
	locations.Delete(r.FormValue("tz")) // want `handler invalidate updates package-level sync.Map locations`
}

var (
	patterns sync.Map
	uploads  sync.Map
)

func tooMany() bool { return false }

func compile(p string) string { return "compiled:" + p }

// pattern fills a memo and empties it when it grows too big: a bounded
// memo, quiet.
func pattern(p string) string {
	if v, ok := patterns.Load(p); ok {
		return v.(string)
	}
	c := compile(p)
	patterns.Store(p, c)
	if tooMany() {
		patterns.Clear()
	}
	return c
}

func match(w http.ResponseWriter, r *http.Request) {
	_ = pattern(r.FormValue("p"))
}

// reset empties a map it does not fill as a memo: found.
func reset(w http.ResponseWriter, r *http.Request) {
	uploads.Clear() // want `handler reset updates package-level sync.Map uploads`
}
