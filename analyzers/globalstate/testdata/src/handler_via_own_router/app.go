package handler_via_own_router

import (
	"net/http"

	"handler_via_own_router/router"
)

var (
	visits   = map[string]int{}
	comments []string
	ready    = map[string]bool{}
)

func countVisit(c *router.Ctx) error {
	visits[c.R.URL.Path]++ // want `handler countVisit writes package-level map visits`
	return nil
}

func postComment(c *router.Ctx) error {
	comments = append(comments, c.R.FormValue("text")) // want `handler postComment appends to package-level slice comments`
	return nil
}

var carts = map[string]int{}

// withLock calls fn now, on its caller's path.
func withLock(fn func()) { fn() }

func addToCart(c *router.Ctx) error {
	withLock(func() {
		carts[c.R.FormValue("id")]++ // want `handler func literal in addToCart writes package-level map carts`
	})
	return nil
}

// warmUp runs once at startup: quiet.
func warmUp() { ready["cache"] = true }

func main() {
	rt := router.New()
	rt.GET("/visit", countVisit)
	rt.POST("/comment", postComment)
	rt.POST("/cart", addToCart)
	rt.Startup(warmUp)
	withLock(func() { ready["lock"] = true })
	_ = http.ListenAndServe(":8080", rt)
}
