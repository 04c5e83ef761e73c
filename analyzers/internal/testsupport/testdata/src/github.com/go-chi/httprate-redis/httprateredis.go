// Package httprateredis is a test stub mirroring
// github.com/go-chi/httprate-redis v0.5.4: a Redis counter for httprate.
// Unless FallbackDisabled is set, the counter silently falls back to an
// in-process counter when Redis is slow or down.
package httprateredis

import (
	"time"

	"github.com/go-chi/httprate"
	"github.com/redis/go-redis/v9"
)

// Config configures the Redis counter.
type Config struct {
	Disabled         bool          `toml:"disabled"`
	WindowLength     time.Duration `toml:"window_length"`
	ClientName       string        `toml:"client_name"`
	PrefixKey        string        `toml:"prefix_key"`
	OnError          func(err error)
	FallbackDisabled bool          `toml:"fallback_disabled"`
	FallbackTimeout  time.Duration `toml:"fallback_timeout"`
	OnFallbackChange func(activated bool)
	Client           *redis.Client `toml:"-"`
	Host             string        `toml:"host"`
	Port             uint16        `toml:"port"`
	Password         string        `toml:"password"`
	DBIndex          int           `toml:"db_index"`
	MaxIdle          int           `toml:"max_idle"`
	MaxActive        int           `toml:"max_active"`
}

// WithRedisLimitCounter is the httprate option counting in Redis.
func WithRedisLimitCounter(cfg *Config) httprate.Option {
	rc, _ := NewRedisLimitCounter(cfg)
	return httprate.WithLimitCounter(rc)
}

// NewRedisLimitCounter returns a counter in Redis.
func NewRedisLimitCounter(cfg *Config) (*redisCounter, error) { return NewCounter(cfg), nil }

// NewCounter returns a counter in Redis.
func NewCounter(cfg *Config) *redisCounter { return &redisCounter{cfg: cfg} }

type redisCounter struct {
	cfg *Config
}

func (c *redisCounter) Config(requestLimit int, windowLength time.Duration) {}
func (c *redisCounter) Increment(key string, currentWindow time.Time) error { return nil }
func (c *redisCounter) IncrementBy(key string, currentWindow time.Time, amount int) error {
	return nil
}
func (c *redisCounter) Get(key string, currentWindow, previousWindow time.Time) (int, int, error) {
	return 0, 0, nil
}
func (c *redisCounter) IsFallbackActivated() bool { return false }
func (c *redisCounter) Close() error              { return nil }
