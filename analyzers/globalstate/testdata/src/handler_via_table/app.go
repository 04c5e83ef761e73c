// Package handler_via_table serves its pages from a package-level table
// that one handler looks up: every function in the table runs per
// request. A slice of startup steps does not.
package handler_via_table

import "net/http"

type page func(w http.ResponseWriter, r *http.Request, user string) error

var (
	views   = map[string]int{}
	drafts  []string
	applied = map[string]bool{}
)

func show(w http.ResponseWriter, r *http.Request, user string) error {
	views[r.URL.Path]++ // want `handler show writes package-level map views`
	return nil
}

func draft(w http.ResponseWriter, r *http.Request, user string) error {
	drafts = append(drafts, r.FormValue("text")) // want `handler draft appends to package-level slice drafts`
	return nil
}

var pages = map[string]page{"/show": show}

func init() { pages["/draft"] = draft }

func serve(w http.ResponseWriter, r *http.Request) {
	if p, ok := pages[r.URL.Path]; ok {
		_ = p(w, r, r.Header.Get("X-User"))
	}
}

func migrate() { applied["v1"] = true }

func main() {
	for _, step := range []func(){migrate} {
		step()
	}
	_ = http.ListenAndServe(":8080", http.HandlerFunc(serve))
}
