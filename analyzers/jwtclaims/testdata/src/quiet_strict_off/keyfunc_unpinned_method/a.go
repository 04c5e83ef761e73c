package keyfunc_unpinned_method

import (
	"github.com/golang-jwt/jwt/v4"
	jwt5 "github.com/golang-jwt/jwt/v5"
)

var secret = []byte("k")

func inline(raw string) (*jwt.Token, error) {
	return jwt.Parse(raw, func(t *jwt.Token) (interface{}, error) {
		return secret, nil
	})
}

type server struct{ secret []byte }

func (s *server) keyFunc(t *jwt5.Token) (any, error) {
	if kid, ok := t.Header["kid"].(string); ok && kid != "" {
		return s.secret, nil
	}
	return secret, nil
}

func (s *server) method(raw string) (*jwt5.Token, error) {
	return jwt5.Parse(raw, s.keyFunc, jwt5.WithExpirationRequired())
}

func keyFor(secret []byte) jwt5.Keyfunc {
	return func(*jwt5.Token) (any, error) { return secret, nil }
}

func constructor(raw string) (*jwt5.Token, error) {
	return jwt5.NewParser(jwt5.WithExpirationRequired()).Parse(raw, keyFor(secret))
}
