package handler_via_echo

import (
	"io"
	"os"

	"github.com/labstack/echo/v4"
)

// media is listmonk's filesystem media store: the upload is copied into a
// file under the upload directory.
func media(c echo.Context) error {
	file, err := c.FormFile("file")
	if err != nil {
		return err
	}
	src, err := file.Open()
	if err != nil {
		return err
	}
	defer src.Close()
	out, err := os.OpenFile("uploads/"+file.Filename, os.O_WRONLY|os.O_CREATE|os.O_TRUNC, 0o664) // want `handler media writes uploads/… to local disk`
	if err != nil {
		return err
	}
	defer out.Close()
	_, err = io.Copy(out, src)
	return err
}

func main() {
	e := echo.New()
	e.POST("/media", media)
	e.Start(":8080")
}
