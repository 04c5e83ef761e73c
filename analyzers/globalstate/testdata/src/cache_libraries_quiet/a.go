// Package cache_libraries_quiet reads the modelled caches on request
// paths, fills them as memos, and writes caches declared rebuildable:
// none of it is client state.
package cache_libraries_quiet

import (
	"context"
	"net/http"
	"time"

	"github.com/VictoriaMetrics/fastcache"
	ccache "github.com/karlseguin/ccache/v3"
	otter "github.com/maypok86/otter/v2"
	"github.com/muesli/cache2go"
	gocache "github.com/patrickmn/go-cache"
)

var (
	//statecheck:cache rendered pages, rebuilt from the templates on a miss
	pages = ccache.New(ccache.Configure[string]())

	profiles = otter.Must(&otter.Options[string, string]{MaximumSize: 100})
	thumbs   = fastcache.New(1 << 20)
	rendered = gocache.New(time.Minute, time.Minute)
	issuers  = cache2go.Cache("issuers")
	glyphs   = fastcache.New(1 << 20)
)

func render(name string) string { return "<p>" + name + "</p>" }

func page(w http.ResponseWriter, r *http.Request) {
	name := r.URL.Path
	if it := pages.Get(name); it != nil {
		w.Write([]byte(it.Value()))
		return
	}
	pages.Set(name, render(name), time.Minute) // declared a cache
}

func profile(w http.ResponseWriter, r *http.Request) {
	p, _ := profiles.GetIfPresent(r.FormValue("user")) // a read
	w.Write([]byte(p))
	_ = thumbs.Get(nil, []byte(r.URL.Path)) // a read
}

func memo(w http.ResponseWriter, r *http.Request) {
	name := r.URL.Path
	if _, ok := rendered.Get(name); !ok {
		rendered.Set(name, render(name), gocache.DefaultExpiration) // a memo fill
	}
}

type issuer struct {
	Keys  string
	Since time.Duration
}

func discover(url string) (string, error) { return "keys of " + url, nil }

// provider fills a memo in cache2go, whose Add takes the lifetime between
// the key and the value, with a record built from what the key fetched.
func provider(w http.ResponseWriter, r *http.Request) {
	url := r.FormValue("iss")
	if it, err := issuers.Value(url); err == nil {
		w.Write([]byte(it.Data().(*issuer).Keys))
		return
	}
	keys, err := discover(url)
	if err != nil {
		return
	}
	issuers.Add(url, time.Hour, &issuer{Keys: keys, Since: time.Hour}) // a memo fill
}

// glyph fills a memo in fastcache, whose Get takes the key after a
// destination buffer.
func glyph(w http.ResponseWriter, r *http.Request) {
	k := []byte(r.URL.Path)
	if g := glyphs.Get(nil, k); len(g) > 0 {
		w.Write(g)
		return
	}
	glyphs.Set(k, shape(r.Context(), k)) // a memo fill
}

func shape(ctx context.Context, k []byte) []byte { return append([]byte("glyph:"), k...) }

// fetched loads through ccache's loader: a fill, not a write of client data.
func fetched(w http.ResponseWriter, r *http.Request) {
	name := r.URL.Path
	_, _ = pages.Fetch(name, time.Minute, func() (string, error) { return render(name), nil })
}

func main() {
	http.HandleFunc("/", page)
	http.HandleFunc("/p", profile)
	http.HandleFunc("/m", memo)
	http.HandleFunc("/f", fetched)
	http.HandleFunc("/i", provider)
	http.HandleFunc("/g", glyph)
	http.ListenAndServe(":8080", nil)
}
