// Package config reads the shop's settings from the environment and nowhere
// else, so that the same build runs unchanged in every deployment and every
// instance of one deployment gets the same settings (12-factor, III).
package config

import (
	"errors"
	"fmt"
	"net/url"
	"strconv"
	"strings"
	"time"
)

// Config is everything the shop needs to know about its deployment.
type Config struct {
	// HTTPAddr is the address the HTTP server listens on.
	HTTPAddr string
	// ShutdownTimeout bounds how long in-flight requests and running jobs
	// may take to finish after SIGTERM.
	ShutdownTimeout time.Duration

	// RedisURL locates the Redis that holds sessions, carts, refresh
	// tokens, rate limits and the export queue.
	RedisURL string

	// S3 holds avatars and finished exports.
	S3Endpoint  *url.URL
	S3Region    string
	S3Bucket    string
	S3AccessKey string
	S3SecretKey string

	// ShopPassword is the demo password every account shares.
	ShopPassword string

	// JWTKey signs API access tokens; every instance needs the same key.
	JWTKey    []byte
	JWTIssuer string

	// SessionIdleTimeout logs a user out after this long without a
	// request; SessionMaxAge logs them out regardless of activity.
	SessionIdleTimeout time.Duration
	SessionMaxAge      time.Duration
	// CookieSecure marks the session cookie Secure. Only turn it off for
	// a plain-HTTP setup on a developer machine.
	CookieSecure bool

	// RatePerSecond and RateBurst bound each user's requests.
	RatePerSecond int
	RateBurst     int
}

// FromEnv builds a Config from getenv (os.Getenv in production). It reports
// every missing or malformed variable at once.
func FromEnv(getenv func(string) string) (Config, error) {
	r := reader{getenv: getenv}
	c := Config{
		HTTPAddr:           r.str("HTTP_ADDR", ":8080"),
		ShutdownTimeout:    r.duration("SHUTDOWN_TIMEOUT", 25*time.Second),
		RedisURL:           r.required("REDIS_URL"),
		S3Endpoint:         r.url("S3_ENDPOINT"),
		S3Region:           r.str("S3_REGION", "us-east-1"),
		S3Bucket:           r.required("S3_BUCKET"),
		S3AccessKey:        r.required("S3_ACCESS_KEY"),
		S3SecretKey:        r.required("S3_SECRET_KEY"),
		ShopPassword:       r.required("SHOP_PASSWORD"),
		JWTKey:             []byte(r.required("JWT_SIGNING_KEY")),
		JWTIssuer:          r.str("JWT_ISSUER", "shop"),
		SessionIdleTimeout: r.duration("SESSION_IDLE_TIMEOUT", 30*time.Minute),
		SessionMaxAge:      r.duration("SESSION_MAX_AGE", 12*time.Hour),
		CookieSecure:       r.boolean("COOKIE_SECURE", true),
		RatePerSecond:      r.positive("RATE_LIMIT_PER_SECOND", 10),
		RateBurst:          r.positive("RATE_LIMIT_BURST", 20),
	}
	if len(c.JWTKey) > 0 && len(c.JWTKey) < 32 {
		r.fail("JWT_SIGNING_KEY must be at least 32 bytes")
	}
	if c.SessionIdleTimeout > c.SessionMaxAge {
		r.fail("SESSION_IDLE_TIMEOUT must not exceed SESSION_MAX_AGE")
	}
	return c, errors.Join(r.errs...)
}

type reader struct {
	getenv func(string) string
	errs   []error
}

func (r *reader) fail(format string, args ...any) {
	r.errs = append(r.errs, fmt.Errorf(format, args...))
}

func (r *reader) str(key, fallback string) string {
	if v := strings.TrimSpace(r.getenv(key)); v != "" {
		return v
	}
	return fallback
}

func (r *reader) required(key string) string {
	v := strings.TrimSpace(r.getenv(key))
	if v == "" {
		r.fail("%s is not set", key)
	}
	return v
}

func (r *reader) url(key string) *url.URL {
	v := r.required(key)
	if v == "" {
		return nil
	}
	u, err := url.Parse(v)
	if err != nil || (u.Scheme != "http" && u.Scheme != "https") || u.Host == "" {
		r.fail("%s must be an http:// or https:// URL, got %q", key, v)
		return nil
	}
	return u
}

func (r *reader) duration(key string, fallback time.Duration) time.Duration {
	v := r.getenv(key)
	if v == "" {
		return fallback
	}
	d, err := time.ParseDuration(v)
	if err != nil || d <= 0 {
		r.fail("%s must be a positive duration such as 30s, got %q", key, v)
		return fallback
	}
	return d
}

func (r *reader) positive(key string, fallback int) int {
	v := r.getenv(key)
	if v == "" {
		return fallback
	}
	n, err := strconv.Atoi(v)
	if err != nil || n <= 0 {
		r.fail("%s must be a positive integer, got %q", key, v)
		return fallback
	}
	return n
}

func (r *reader) boolean(key string, fallback bool) bool {
	v := r.getenv(key)
	if v == "" {
		return fallback
	}
	b, err := strconv.ParseBool(v)
	if err != nil {
		r.fail("%s must be true or false, got %q", key, v)
		return fallback
	}
	return b
}
