// Package limiter is a test stub mirroring the exported API of
// github.com/gofiber/fiber/v2/middleware/limiter v2.52.15. Without Storage
// (or the deprecated Store) the counters live in process memory.
package limiter

import (
	"time"

	"github.com/gofiber/fiber/v2"
)

// Config defines the config for middleware.
type Config struct {
	Next                   func(c *fiber.Ctx) bool
	Max                    int
	KeyGenerator           func(*fiber.Ctx) string
	Expiration             time.Duration
	LimitReached           fiber.Handler
	SkipFailedRequests     bool
	SkipSuccessfulRequests bool
	Storage                fiber.Storage
	LimiterMiddleware      LimiterHandler
	// Deprecated: Use Expiration instead
	Duration time.Duration
	// Deprecated: Use Storage instead
	Store fiber.Storage
	// Deprecated: Use KeyGenerator instead
	Key func(*fiber.Ctx) string
}

// LimiterHandler is the interface of a limiting algorithm.
type LimiterHandler interface {
	New(config Config) fiber.Handler
}

// FixedWindow is the fixed-window algorithm.
type FixedWindow struct{}

// New creates a new fixed window middleware handler.
func (FixedWindow) New(cfg Config) fiber.Handler { return func(c *fiber.Ctx) error { return nil } }

// SlidingWindow is the sliding-window algorithm.
type SlidingWindow struct{}

// New creates a new sliding window middleware handler.
func (SlidingWindow) New(cfg Config) fiber.Handler { return func(c *fiber.Ctx) error { return nil } }

// New creates a new middleware handler.
func New(config ...Config) fiber.Handler { return func(c *fiber.Ctx) error { return nil } }
