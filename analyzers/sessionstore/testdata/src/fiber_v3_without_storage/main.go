package main

import (
	"github.com/gofiber/fiber/v3"
	"github.com/gofiber/fiber/v3/middleware/csrf"
	"github.com/gofiber/fiber/v3/middleware/idempotency"
	"github.com/gofiber/fiber/v3/middleware/limiter"
	"github.com/gofiber/fiber/v3/middleware/session"
)

func main() {
	app := fiber.New()
	app.Use(session.New())                                        // want `fiber session middleware without Storage keeps sessions in process memory`
	store := session.NewStore(session.Config{CookieSecure: true}) // want `fiber session store without Storage`
	_ = store
	app.Use(limiter.New(limiter.Config{Max: 10})) // want `fiber limiter without Storage`
	app.Use(csrf.New())                           // want `fiber csrf without Storage or Session`
	app.Use(idempotency.New())                    // want `fiber idempotency without Storage remembers keys in process memory`
}
