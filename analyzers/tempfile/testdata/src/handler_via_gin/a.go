package handler_via_gin

import (
	"io"
	"os"

	"github.com/gin-gonic/gin"
)

func convert(c *gin.Context) {
	fh, err := c.FormFile("file") // gin passes the original request: net/http removes the spill files
	if err != nil {
		return
	}
	src, _ := fh.Open()
	out, err := os.CreateTemp("", "convert") // want `handler convert leaves a temporary file \(os.CreateTemp\) behind`
	if err != nil {
		return
	}
	io.Copy(out, src)
}

func main() {
	r := gin.Default()
	r.POST("/convert", convert)
	r.Run()
}
