// Package jwk mirrors a key-set helper that verifies a token's signature
// with the key its kid names.
package jwk

import (
	"errors"

	"github.com/golang-jwt/jwt/v5"
)

func keyFor(kid string) (any, error) { return []byte(kid), nil }

// ValidateTokenSignature peeks at kid and verifies with that key, in one
// function.
func ValidateTokenSignature(token string, url string) error { // want ValidateTokenSignature:"verifies\\[0\\]"
	t, _, err := jwt.NewParser().ParseUnverified(token, jwt.MapClaims{})
	if err != nil {
		return err
	}
	kid, _ := t.Header["kid"].(string)
	parsed, err := jwt.NewParser(jwt.WithValidMethods([]string{"RS256"})).Parse(token, func(*jwt.Token) (any, error) {
		return keyFor(kid)
	})
	if err != nil || !parsed.Valid {
		return errors.New("invalid")
	}
	return nil
}

// Describe only formats a token's kid for a log line.
func Describe(token string) string { return "token " + token[:min(8, len(token))] }
