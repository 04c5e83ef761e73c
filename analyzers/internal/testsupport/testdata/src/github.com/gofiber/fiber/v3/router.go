package fiber

// Router defines all router handle interface, including app and group
// router. This stub omits the real interface's RouteChain method.
type Router interface {
	Use(args ...any) Router

	Get(path string, handler any, handlers ...any) Router
	Head(path string, handler any, handlers ...any) Router
	Post(path string, handler any, handlers ...any) Router
	Put(path string, handler any, handlers ...any) Router
	Delete(path string, handler any, handlers ...any) Router
	Connect(path string, handler any, handlers ...any) Router
	Options(path string, handler any, handlers ...any) Router
	Trace(path string, handler any, handlers ...any) Router
	Patch(path string, handler any, handlers ...any) Router

	Add(methods []string, path string, handler any, handlers ...any) Router
	All(path string, handler any, handlers ...any) Router

	Group(prefix string, handlers ...any) Router

	Route(prefix string, fn func(router Router), name ...string) Router

	Name(name string) Router
}

// Route is a struct that holds all metadata for each registered handler.
type Route struct {
	Method   string    `json:"method"` // HTTP method
	Name     string    `json:"name"`   // Route's name
	Path     string    `json:"path"`   // Original registered route path
	Params   []string  `json:"params"` // Case-sensitive param keys
	Handlers []Handler `json:"-"`      // Ctx handlers
}

var (
	_ Router = (*App)(nil)
	_ Router = (*Group)(nil)
)

// Group struct
type Group struct {
	app         *App
	parentGroup *Group
	name        string

	Prefix string
}

// Name Assign name to specific route or group itself.
func (grp *Group) Name(name string) Router { return grp }

// Use registers a middleware route that will match requests with the
// provided prefix (which is optional and defaults to "/").
func (grp *Group) Use(args ...any) Router { return grp }

// Get registers a route for GET methods.
func (grp *Group) Get(path string, handler any, handlers ...any) Router { return grp }

// Head registers a route for HEAD methods.
func (grp *Group) Head(path string, handler any, handlers ...any) Router { return grp }

// Post registers a route for POST methods.
func (grp *Group) Post(path string, handler any, handlers ...any) Router { return grp }

// Put registers a route for PUT methods.
func (grp *Group) Put(path string, handler any, handlers ...any) Router { return grp }

// Delete registers a route for DELETE methods.
func (grp *Group) Delete(path string, handler any, handlers ...any) Router { return grp }

// Connect registers a route for CONNECT methods.
func (grp *Group) Connect(path string, handler any, handlers ...any) Router { return grp }

// Options registers a route for OPTIONS methods.
func (grp *Group) Options(path string, handler any, handlers ...any) Router { return grp }

// Trace registers a route for TRACE methods.
func (grp *Group) Trace(path string, handler any, handlers ...any) Router { return grp }

// Patch registers a route for PATCH methods.
func (grp *Group) Patch(path string, handler any, handlers ...any) Router { return grp }

// Add allows you to specify multiple HTTP methods to register a route.
func (grp *Group) Add(methods []string, path string, handler any, handlers ...any) Router {
	return grp
}

// All will register the handler on all HTTP methods.
func (grp *Group) All(path string, handler any, handlers ...any) Router { return grp }

// Group is used for Routes with common prefix to define a new sub-router
// with optional middleware.
func (grp *Group) Group(prefix string, handlers ...any) Router {
	return &Group{Prefix: grp.Prefix + prefix, app: grp.app, parentGroup: grp}
}

// Route is used to define routes with a common prefix inside the common
// function.
func (grp *Group) Route(prefix string, fn func(router Router), name ...string) Router {
	group := grp.Group(prefix)
	fn(group)
	return group
}
