// Package cache_libraries_quiet reads the modelled caches on request
// paths, fills them as memos, and writes caches declared rebuildable:
// none of it is client state.
package cache_libraries_quiet

import (
	"net/http"
	"time"

	"github.com/VictoriaMetrics/fastcache"
	ccache "github.com/karlseguin/ccache/v3"
	otter "github.com/maypok86/otter/v2"
	gocache "github.com/patrickmn/go-cache"
)

var (
	//statecheck:cache rendered pages, rebuilt from the templates on a miss
	pages = ccache.New(ccache.Configure[string]())

	profiles = otter.Must(&otter.Options[string, string]{MaximumSize: 100})
	thumbs   = fastcache.New(1 << 20)
	rendered = gocache.New(time.Minute, time.Minute)
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
	http.ListenAndServe(":8080", nil)
}
