package handler_via_adapter

import "net/http"

// Context is an in-house request context.
type Context struct {
	W http.ResponseWriter
	R *http.Request
}

// HandlerFunc is an in-house handler type; adapt turns it into a net/http
// handler.
type HandlerFunc func(deps *Deps, c *Context) error

type Deps struct{ name string }

func adapt(deps *Deps, h HandlerFunc) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		_ = h(deps, &Context{W: w, R: r})
	}
}

var bookmarks = map[string]string{}

func saveBookmark(deps *Deps, c *Context) error {
	bookmarks[c.R.FormValue("url")] = deps.name // want `handler saveBookmark writes package-level map bookmarks`
	return nil
}

type API struct{ pins map[string]bool }

func (a *API) pin(deps *Deps, c *Context) error {
	a.pins[c.R.FormValue("id")] = true // receiver: fieldstate's business
	bookmarks["pinned"] = "yes"       // want `handler API.pin writes package-level map bookmarks`
	return nil
}

func main() {
	deps := &Deps{}
	api := &API{}
	http.HandleFunc("/save", adapt(deps, saveBookmark))
	http.HandleFunc("/pin", adapt(deps, api.pin))
	http.ListenAndServe(":8080", nil)
}
