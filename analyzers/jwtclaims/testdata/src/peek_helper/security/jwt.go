// Package security mirrors a toolkit package with an exported helper
// that parses a token without verifying it, beside one that verifies.
package security

import (
	"errors"

	"github.com/golang-jwt/jwt/v5"
)

// ParseUnverifiedJWT reads the claims without checking the signature;
// the callers decide what to trust, so it is judged at their calls.
func ParseUnverifiedJWT(token string) (jwt.MapClaims, error) { // want ParseUnverifiedJWT:`peeks\[0\]`
	claims := jwt.MapClaims{}
	parser := &jwt.Parser{}
	_, _, err := parser.ParseUnverified(token, claims)
	if err == nil {
		err = jwt.NewValidator(jwt.WithIssuedAt()).Validate(claims)
	}
	return claims, err
}

// ParseJWT verifies the token.
func ParseJWT(token string, key string) (jwt.MapClaims, error) { // want ParseJWT:`verifies\[0\]`
	parsed, err := jwt.NewParser(jwt.WithValidMethods([]string{"HS256"})).Parse(token, func(*jwt.Token) (any, error) {
		return []byte(key), nil
	})
	if err != nil {
		return nil, err
	}
	if claims, ok := parsed.Claims.(jwt.MapClaims); ok && parsed.Valid {
		return claims, nil
	}
	return nil, errors.New("invalid token")
}

// Subject peeks through the helper and hands the subject back: a helper
// of the helper, judged at its own callers.
func Subject(token string) string { // want Subject:`peeks\[0\]`
	claims, _ := ParseUnverifiedJWT(token)
	sub, _ := claims["sub"].(string)
	return sub
}

// Decoder is how handlers read claims; its one implementation here
// peeks, so a call through the interface is judged like the helper's.
type Decoder interface {
	Claims(token string) (jwt.MapClaims, error) // want Claims:`peeks\[0\]`
}

type UnverifiedDecoder struct{}

func (UnverifiedDecoder) Claims(token string) (jwt.MapClaims, error) { // want Claims:`peeks\[0\]`
	claims := jwt.MapClaims{}
	_, _, err := jwt.NewParser().ParseUnverified(token, claims)
	return claims, err
}
