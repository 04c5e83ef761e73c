// Package per_request_dispatch mirrors a registry's handlers: every route
// has a dispatcher that the application's handler calls per request, and
// the dispatcher builds a handler value for that one request. The methods
// of such a value look like handlers, but their receiver lives no longer
// than the request.
package per_request_dispatch

import "net/http"

// Context carries one request's state.
type Context struct {
	Errors   []error
	readOnly bool
}

type dispatchFunc func(ctx *Context, r *http.Request) http.Handler

type App struct {
	mux *http.ServeMux
}

func (app *App) register(path string, dispatch dispatchFunc) {
	app.mux.Handle(path, app.dispatcher(dispatch))
}

// dispatcher returns the handler that calls dispatch on every request.
func (app *App) dispatcher(dispatch dispatchFunc) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		ctx := &Context{}
		dispatch(ctx, r).ServeHTTP(w, r)
	})
}

// blobDispatcher builds a blobHandler for one request: quiet.
func blobDispatcher(ctx *Context, r *http.Request) http.Handler {
	bh := &blobHandler{Context: ctx, digest: r.URL.Path}
	if ctx.readOnly {
		return http.HandlerFunc(bh.GetBlob)
	}
	return http.HandlerFunc(bh.DeleteBlob)
}

type blobHandler struct {
	*Context
	digest string
	upload string
}

func (bh *blobHandler) GetBlob(w http.ResponseWriter, r *http.Request) {
	bh.Errors = append(bh.Errors, nil)
}

func (bh *blobHandler) DeleteBlob(w http.ResponseWriter, r *http.Request) {
	bh.upload = bh.digest
	bh.Errors = append(bh.Errors, nil)
}

// statsHandler is made once, when the application is built: its receiver
// is long-lived.
type statsHandler struct {
	hits int
}

func (sh *statsHandler) Serve(w http.ResponseWriter, r *http.Request) {
	sh.hits++ // want `handler statsHandler.Serve increments counter sh.hits of the long-lived receiver`
}

// tagsHandler is made per request by its dispatcher, and once more at
// startup for a fixed route: not every value is request-scoped.
type tagsHandler struct {
	last string
}

func tagsDispatcher(ctx *Context, r *http.Request) http.Handler {
	return http.HandlerFunc((&tagsHandler{}).List)
}

func (th *tagsHandler) List(w http.ResponseWriter, r *http.Request) {
	th.last = r.URL.Path // want `handler tagsHandler.List assigns variable th.last of the long-lived receiver`
}

func New() *App {
	app := &App{mux: http.NewServeMux()}
	app.register("/blobs/", blobDispatcher)
	app.register("/tags/", tagsDispatcher)
	app.mux.HandleFunc("/stats", (&statsHandler{}).Serve)
	app.mux.HandleFunc("/tags/latest", (&tagsHandler{}).List)
	return app
}
