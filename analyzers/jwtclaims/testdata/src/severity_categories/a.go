// Package severity_categories has one finding of each severity: the
// lifetimes at most twice the limit carry the lifetime category (a
// warning), the rest none (an error).
package severity_categories

import (
	"time"

	"github.com/golang-jwt/jwt/v5"
)

var key = []byte("k")

func justOver() (string, error) {
	return jwt.NewWithClaims(jwt.SigningMethodHS256, jwt.MapClaims{
		"exp": time.Now().Add(25 * time.Hour).Unix(), // want `jwt lifetime 25h0m0s exceeds 24h0m0s`
	}).SignedString(key)
}

func twice() (string, error) {
	return jwt.NewWithClaims(jwt.SigningMethodHS256, jwt.MapClaims{
		"exp": time.Now().Add(48 * time.Hour).Unix(), // want `jwt lifetime 48h0m0s exceeds 24h0m0s`
	}).SignedString(key)
}

func month() (string, error) {
	return jwt.NewWithClaims(jwt.SigningMethodHS256, jwt.MapClaims{
		"exp": time.Now().Add(30 * 24 * time.Hour).Unix(), // want `jwt lifetime 720h0m0s exceeds 24h0m0s`
	}).SignedString(key)
}

func issue(ttl time.Duration) (string, error) {
	return jwt.NewWithClaims(jwt.SigningMethodHS256, jwt.MapClaims{"exp": time.Now().Add(ttl).Unix()}).SignedString(key)
}

func callers() {
	issue(36 * time.Hour) // want `jwt lifetime 36h0m0s exceeds 24h0m0s: passed to issue`
	issue(72 * time.Hour) // want `jwt lifetime 72h0m0s exceeds 24h0m0s: passed to issue`
	issue(12 * time.Hour)
}

func forever() (string, error) {
	return jwt.NewWithClaims(jwt.SigningMethodHS256, jwt.MapClaims{"sub": "u"}).SignedString(key) // want `jwt minted without exp`
}

func secret(pw string) (string, error) {
	return jwt.NewWithClaims(jwt.SigningMethodHS256, jwt.MapClaims{
		"exp":      time.Now().Add(time.Hour).Unix(),
		"password": pw, // want `jwt claim "password" looks secret`
	}).SignedString(key)
}
