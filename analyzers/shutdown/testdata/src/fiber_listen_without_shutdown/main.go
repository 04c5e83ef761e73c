package main

import "github.com/gofiber/fiber/v2"

func main() {
	app := fiber.New()
	if err := app.Listen(":3000"); err != nil { // want `fiber \(\*App\).Listen has no ShutdownWithContext`
		panic(err)
	}
}
