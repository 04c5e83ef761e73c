package handler_via_fasthttp

import "github.com/valyala/fasthttp"

var seen = map[string]bool{}

func handle(ctx *fasthttp.RequestCtx) {
	seen[string(ctx.Path())] = true // want `handler handle writes package-level map seen`
}

func main() {
	fasthttp.ListenAndServe(":8080", handle)
}
