package handler_via_gin

import (
	"path/filepath"

	"github.com/gin-gonic/gin"
)

func avatar(c *gin.Context) {
	fh, err := c.FormFile("avatar")
	if err != nil {
		c.AbortWithStatus(400)
		return
	}
	c.SaveUploadedFile(fh, filepath.Join("uploads", fh.Filename)) // want `handler avatar writes uploads/… to local disk`
}

func main() {
	r := gin.Default()
	r.POST("/avatar", avatar)
	r.Run()
}
