package handler_via_fiber_v2

import "github.com/gofiber/fiber/v2"

var uploads []string

func upload(c *fiber.Ctx) error {
	uploads = append(uploads, c.Params("name")) // want `handler upload appends to package-level slice uploads`
	return nil
}

func main() {
	app := fiber.New()
	app.Post("/upload/:name", upload)
	app.Listen(":3000")
}
