// Package idempotency is a test stub mirroring the exported API of
// github.com/gofiber/fiber/v3/middleware/idempotency v3.1.0. Without Storage
// the stored responses live in process memory; without Lock the keys are
// locked in process memory.
package idempotency

import (
	"time"

	"github.com/gofiber/fiber/v3"
)

// Config defines the config for middleware.
type Config struct {
	Lock                Locker
	Storage             fiber.Storage
	Next                func(c fiber.Ctx) bool
	KeyHeaderValidate   func(string) error
	KeyHeader           string
	KeepResponseHeaders []string
	Lifetime            time.Duration
}

// Locker locks and unlocks idempotency keys.
type Locker interface {
	Lock(key string) error
	Unlock(key string) error
}

// MemoryLock is an in-process Locker.
type MemoryLock struct {
	keys map[string]int
}

// NewMemoryLock returns an in-process Locker.
func NewMemoryLock() *MemoryLock { return &MemoryLock{keys: map[string]int{}} }

// Lock locks key.
func (l *MemoryLock) Lock(key string) error { return nil }

// Unlock unlocks key.
func (l *MemoryLock) Unlock(key string) error { return nil }

// New creates a new middleware handler.
func New(config ...Config) fiber.Handler { return func(c fiber.Ctx) error { return nil } }
