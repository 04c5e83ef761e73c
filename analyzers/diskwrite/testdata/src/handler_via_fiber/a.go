package handler_via_fiber

import (
	"github.com/gofiber/fiber/v2"
	fiber3 "github.com/gofiber/fiber/v3"
)

func upload(c *fiber.Ctx) error {
	fh, err := c.FormFile("document")
	if err != nil {
		return err
	}
	return c.SaveFile(fh, "./uploads/"+fh.Filename) // want `handler upload writes ./uploads/… to local disk`
}

func uploadV3(c fiber3.Ctx) error {
	fh, err := c.FormFile("document")
	if err != nil {
		return err
	}
	return c.SaveFile(fh, "./uploads/"+fh.Filename) // want `handler uploadV3 writes ./uploads/… to local disk`
}

func main() {
	app := fiber.New()
	app.Post("/upload", upload)
	app.Listen(":3000")
}
