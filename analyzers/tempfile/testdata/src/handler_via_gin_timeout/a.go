package handler_via_gin_timeout

import (
	"context"
	"time"

	"github.com/gin-gonic/gin"
)

// timeout replaces the request with a copy that carries a deadline.
func timeout(c *gin.Context) {
	ctx, cancel := context.WithTimeout(c.Request.Context(), 10*time.Second)
	defer cancel()
	c.Request = c.Request.WithContext(ctx)
	c.Next()
}

func avatar(c *gin.Context) {
	fh, err := c.FormFile("avatar") // want `handler avatar parses a multipart form \(FormFile\) on a request copied by middleware timeout without RemoveAll: net/http removes spill files only for the request it passed in`
	if err != nil {
		c.AbortWithStatus(400)
		return
	}
	_ = fh
}

func cleaned(c *gin.Context) {
	fh, err := c.FormFile("avatar")
	if err != nil {
		c.AbortWithStatus(400)
		return
	}
	defer c.Request.MultipartForm.RemoveAll()
	_ = fh
}

func main() {
	r := gin.New()
	r.Use(timeout)
	r.POST("/avatar", avatar)
	r.POST("/cleaned", cleaned)
	r.Run()
}
