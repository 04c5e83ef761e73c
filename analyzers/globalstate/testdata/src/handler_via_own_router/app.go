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

// warmUp runs once at startup: quiet.
func warmUp() { ready["cache"] = true }

func main() {
	rt := router.New()
	rt.GET("/visit", countVisit)
	rt.POST("/comment", postComment)
	rt.Startup(warmUp)
	_ = http.ListenAndServe(":8080", rt)
}
