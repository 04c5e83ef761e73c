package main

import (
	"time"

	"github.com/gofiber/fiber/v2"
	"github.com/gofiber/fiber/v2/middleware/csrf"
	"github.com/gofiber/fiber/v2/middleware/limiter"
	"github.com/gofiber/fiber/v2/middleware/session"
)

var store = session.New() // want `fiber session store without Storage keeps sessions in process memory`

func main() {
	app := fiber.New()
	cfg := limiter.Config{Max: 20, Expiration: time.Minute}
	app.Use(limiter.New(cfg))                                            // want `fiber limiter without Storage counts requests in process memory`
	app.Use(csrf.New(csrf.Config{CookieSecure: true}))                   // want `fiber csrf without Storage or Session keeps tokens in process memory`
	_ = session.New(session.Config{Expiration: time.Hour, Storage: nil}) // want `fiber session store without Storage`
}
