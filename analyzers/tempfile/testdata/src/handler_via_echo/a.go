package handler_via_echo

import (
	"io"
	"os"

	"github.com/labstack/echo/v4"
	"github.com/labstack/echo/v4/middleware"
)

// importCSV is listmonk's import: the spooled upload is handed to a
// goroutine and never removed.
func importCSV(c echo.Context) error {
	file, err := c.FormFile("file") // echo passes the original request
	if err != nil {
		return err
	}
	src, err := file.Open()
	if err != nil {
		return err
	}
	defer src.Close()
	out, err := os.CreateTemp("", "import") // want `handler importCSV lets the name of a temporary file \(os.CreateTemp\) escape the request, handed to a goroutine`
	if err != nil {
		return err
	}
	defer out.Close()
	io.Copy(out, src)
	go load(out.Name())
	return c.NoContent(202)
}

func load(path string) {}

func main() {
	e := echo.New()
	e.Use(middleware.Logger())
	e.POST("/import", importCSV)
	e.Start(":8080")
}
