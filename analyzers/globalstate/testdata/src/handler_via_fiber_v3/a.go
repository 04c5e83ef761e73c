package handler_via_fiber_v3

import "github.com/gofiber/fiber/v3"

var visits int

func main() {
	app := fiber.New()
	app.Get("/", func(c fiber.Ctx) error {
		visits++ // want `handler func literal in main increments package-level counter visits`
		return nil
	})
	app.Listen(":3000")
}
