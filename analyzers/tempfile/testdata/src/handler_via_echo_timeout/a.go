package handler_via_echo_timeout

import (
	"time"

	"github.com/labstack/echo/v4"
	"github.com/labstack/echo/v4/middleware"
)

func media(c echo.Context) error {
	file, err := c.FormFile("file") // want `handler media parses a multipart form \(FormFile\) on a request copied by echo's ContextTimeout middleware without RemoveAll`
	if err != nil {
		return err
	}
	_ = file
	return nil
}

func main() {
	e := echo.New()
	api := e.Group("/api")
	api.Use(middleware.ContextTimeout(30 * time.Second))
	api.POST("/media", media)
	e.Start(":8080")
}
