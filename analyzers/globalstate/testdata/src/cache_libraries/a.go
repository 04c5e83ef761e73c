// Package cache_libraries keeps client data in each modelled in-process
// cache library: every write on a request path is state, whatever the
// library calls itself, unless the variable is declared a cache.
package cache_libraries

import (
	"net/http"
	"time"

	generics "github.com/Code-Hex/go-generics-cache"
	ttlv2 "github.com/ReneKroon/ttlcache/v2"
	"github.com/VictoriaMetrics/fastcache"
	bigcache "github.com/allegro/bigcache/v3"
	"github.com/bluele/gcache"
	"github.com/coocood/freecache"
	ristretto "github.com/dgraph-io/ristretto/v2"
	lru "github.com/hashicorp/golang-lru/v2"
	ttlcache "github.com/jellydator/ttlcache/v3"
	ccache "github.com/karlseguin/ccache/v3"
	otter "github.com/maypok86/otter/v2"
	"github.com/muesli/cache2go"
	gocache "github.com/patrickmn/go-cache"
)

var (
	carts     = gocache.New(time.Hour, time.Hour)
	recent, _ = lru.New[string, string](128)
	scores, _ = ristretto.NewCache(&ristretto.Config[string, int]{})
	uploads   *bigcache.BigCache
	drafts    = freecache.NewCache(1 << 20)
	tokens    = ttlcache.New[string, string]()
	sessions  = ccache.New(ccache.Configure[string]())
	prefs     = gcache.New(100).LRU().Build()
	votes     = otter.Must(&otter.Options[string, int]{MaximumSize: 100})
	logins    = cache2go.Cache("logins")
	baskets   = ttlv2.NewCache()
	blobs     = fastcache.New(1 << 20)
	wishlists = generics.New[string, []string]()
)

func addToCart(w http.ResponseWriter, r *http.Request) {
	carts.Set(r.FormValue("user"), r.FormValue("item"), gocache.DefaultExpiration) // want `updates package-level in-process cache carts.cache: .*shared cache such as Redis`
}

func visit(w http.ResponseWriter, r *http.Request) {
	recent.Add(r.FormValue("user"), r.URL.Path) // want `updates package-level in-process cache recent`
}

func score(w http.ResponseWriter, r *http.Request) {
	scores.Set(r.FormValue("user"), len(r.FormValue("answer")), 1) // want `updates package-level in-process cache scores`
}

func upload(w http.ResponseWriter, r *http.Request) {
	_ = uploads.Set(r.FormValue("name"), []byte(r.FormValue("body"))) // want `updates package-level in-process cache uploads`
}

func saveDraft(w http.ResponseWriter, r *http.Request) {
	_ = drafts.Set([]byte(r.FormValue("user")), []byte(r.FormValue("draft")), 3600) // want `updates package-level in-process cache drafts`
}

func issue(w http.ResponseWriter, r *http.Request) {
	tokens.Set(r.FormValue("token"), r.FormValue("user"), ttlcache.DefaultTTL) // want `updates package-level in-process cache tokens`
}

func login(w http.ResponseWriter, r *http.Request) {
	sessions.Set(r.FormValue("sid"), r.FormValue("user"), time.Hour) // want `updates package-level in-process cache sessions`
}

func logout(w http.ResponseWriter, r *http.Request) {
	sessions.Delete(r.FormValue("sid")) // want `updates package-level in-process cache sessions`
}

func setPrefs(w http.ResponseWriter, r *http.Request) {
	_ = prefs.Set(r.FormValue("user"), r.FormValue("theme")) // want `updates package-level in-process cache prefs`
}

func vote(w http.ResponseWriter, r *http.Request) {
	votes.Set(r.FormValue("poll"), 1) // want `updates package-level in-process cache votes`
}

func remember(w http.ResponseWriter, r *http.Request) {
	logins.Add(r.FormValue("user"), time.Hour, r.RemoteAddr) // want `updates package-level in-process cache logins`
}

type grant struct{ User string }

// grantFor stores a record of the request's user under a code it looked up
// first: the value does not come from the key, so it is no memo.
func grantFor(w http.ResponseWriter, r *http.Request) {
	code := r.FormValue("code")
	if _, err := logins.Value(code); err == nil {
		return
	}
	logins.Add(code, time.Minute, &grant{User: r.FormValue("user")}) // want `updates package-level in-process cache logins`
}

func lookup(code string) string { return "user of " + code }

func addAgent(g *grant, r *http.Request) { g.User += r.UserAgent() }

// grantFilled builds the record from the key, then lets a call add the
// request's data to it: no longer computed from the key alone.
func grantFilled(w http.ResponseWriter, r *http.Request) {
	code := r.FormValue("code")
	if _, err := logins.Value(code); err == nil {
		return
	}
	g := &grant{User: lookup(code)}
	addAgent(g, r)
	logins.Add(code, time.Minute, g) // want `updates package-level in-process cache logins`
}

// stamp stores under a key it looked up a value that is not computed from
// that key (fastcache's Get takes the key second).
func stamp(w http.ResponseWriter, r *http.Request) {
	k := []byte(r.FormValue("k"))
	if len(blobs.Get(nil, k)) > 0 {
		return
	}
	blobs.Set(k, []byte(r.FormValue("v"))) // want `updates package-level in-process cache blobs`
}

func basket(w http.ResponseWriter, r *http.Request) {
	_ = baskets.SetWithTTL(r.FormValue("user"), r.FormValue("items"), time.Hour) // want `updates package-level in-process cache baskets`
}

func putBlob(w http.ResponseWriter, r *http.Request) {
	blobs.Set([]byte(r.FormValue("k")), []byte(r.FormValue("v"))) // want `updates package-level in-process cache blobs`
}

func wish(w http.ResponseWriter, r *http.Request) {
	wishlists.Set(r.FormValue("user"), r.Form["item"]) // want `updates package-level in-process cache wishlists`
}

func main() {
	uploads, _ = bigcache.New(nil, bigcache.DefaultConfig(time.Hour))
	for _, h := range []http.HandlerFunc{addToCart, visit, score, upload, saveDraft, issue, login, logout, setPrefs, vote, remember, grantFor, grantFilled, stamp, basket, putBlob, wish} {
		http.HandleFunc("/", h)
	}
	http.ListenAndServe(":8080", nil)
}
