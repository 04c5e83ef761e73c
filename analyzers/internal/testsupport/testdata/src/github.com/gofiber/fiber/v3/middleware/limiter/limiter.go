// Package limiter is a test stub mirroring the exported API of
// github.com/gofiber/fiber/v3/middleware/limiter v3.1.0. Without Storage the
// counters live in process memory.
package limiter

import (
	"time"

	"github.com/gofiber/fiber/v3"
)

// Config defines the config for middleware.
type Config struct {
	Storage                fiber.Storage
	LimiterMiddleware      Handler
	Next                   func(c fiber.Ctx) bool
	MaxFunc                func(c fiber.Ctx) int
	KeyGenerator           func(fiber.Ctx) string
	LimitReached           fiber.Handler
	Max                    int
	Expiration             time.Duration
	SkipFailedRequests     bool
	SkipSuccessfulRequests bool
}

// Handler is the interface of a limiting algorithm.
type Handler interface {
	New(config *Config) fiber.Handler
}

// FixedWindow is the fixed-window algorithm.
type FixedWindow struct{}

// New creates a new fixed window middleware handler.
func (FixedWindow) New(cfg *Config) fiber.Handler { return func(c fiber.Ctx) error { return nil } }

// SlidingWindow is the sliding-window algorithm.
type SlidingWindow struct{}

// New creates a new sliding window middleware handler.
func (SlidingWindow) New(cfg *Config) fiber.Handler { return func(c fiber.Ctx) error { return nil } }

// New creates a new middleware handler.
func New(config ...Config) fiber.Handler { return func(c fiber.Ctx) error { return nil } }
