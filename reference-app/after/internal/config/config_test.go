package config

import (
	"strings"
	"testing"
	"time"
)

func env(m map[string]string) func(string) string {
	return func(k string) string { return m[k] }
}

func complete() map[string]string {
	return map[string]string{
		"REDIS_URL":       "redis://127.0.0.1:6379/0",
		"S3_ENDPOINT":     "http://127.0.0.1:7070",
		"S3_BUCKET":       "shop",
		"S3_ACCESS_KEY":   "access",
		"S3_SECRET_KEY":   "secret",
		"SHOP_PASSWORD":   "pw",
		"JWT_SIGNING_KEY": strings.Repeat("k", 32),
	}
}

func TestFromEnvDefaults(t *testing.T) {
	c, err := FromEnv(env(complete()))
	if err != nil {
		t.Fatal(err)
	}
	if c.HTTPAddr != ":8080" || c.SessionIdleTimeout != 30*time.Minute || !c.CookieSecure ||
		c.RatePerSecond != 10 || c.RateBurst != 20 || c.S3Endpoint.Host != "127.0.0.1:7070" {
		t.Errorf("unexpected defaults: %+v", c)
	}
}

func TestFromEnvReportsEveryProblem(t *testing.T) {
	_, err := FromEnv(env(map[string]string{
		"S3_ENDPOINT":      "127.0.0.1:7070",
		"JWT_SIGNING_KEY":  "short",
		"COOKIE_SECURE":    "maybe",
		"RATE_LIMIT_BURST": "-1",
		"SHUTDOWN_TIMEOUT": "soon",
	}))
	if err == nil {
		t.Fatal("want an error")
	}
	for _, want := range []string{
		"REDIS_URL is not set", "S3_BUCKET is not set", "SHOP_PASSWORD is not set",
		"S3_ENDPOINT must be an http:// or https:// URL",
		"JWT_SIGNING_KEY must be at least 32 bytes",
		"COOKIE_SECURE must be true or false",
		"RATE_LIMIT_BURST must be a positive integer",
		"SHUTDOWN_TIMEOUT must be a positive duration",
	} {
		if !strings.Contains(err.Error(), want) {
			t.Errorf("error lacks %q:\n%v", want, err)
		}
	}
}

func TestFromEnvIdleBeyondMaxAge(t *testing.T) {
	m := complete()
	m["SESSION_IDLE_TIMEOUT"] = "2h"
	m["SESSION_MAX_AGE"] = "1h"
	if _, err := FromEnv(env(m)); err == nil || !strings.Contains(err.Error(), "SESSION_IDLE_TIMEOUT") {
		t.Errorf("got %v, want a complaint about SESSION_IDLE_TIMEOUT", err)
	}
}
