package handler_via_gin

import (
	"context"
	"sync"

	"github.com/gin-gonic/gin"
)

func notify(ctx context.Context, user string) {}

func signup(c *gin.Context) {
	cc := c.Copy()
	go notify(cc, c.PostForm("user")) // want `handler signup starts a goroutine \(go notify\) that outlives the request`
	c.Status(201)
}

func fanOut(c *gin.Context) {
	var wg sync.WaitGroup
	wg.Go(func() { notify(c, "a") })
	wg.Go(func() { notify(c, "b") })
	wg.Wait()
}

func main() {
	r := gin.Default()
	r.POST("/signup", signup)
	r.POST("/fan", fanOut)
	r.Run()
}
