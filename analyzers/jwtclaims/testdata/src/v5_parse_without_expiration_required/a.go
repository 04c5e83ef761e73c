package v5_parse_without_expiration_required

import (
	"errors"

	"github.com/golang-jwt/jwt/v5"
)

var key = []byte("k")

func keyFunc(t *jwt.Token) (any, error) {
	if _, ok := t.Method.(*jwt.SigningMethodHMAC); !ok {
		return nil, errors.New("unexpected method")
	}
	return key, nil
}

func parse(raw string) (*jwt.Token, error) {
	return jwt.Parse(raw, keyFunc) // want `jwt parsed without WithExpirationRequired`
}

func parseWithClaims(raw string) (*jwt.Token, error) {
	return jwt.ParseWithClaims( // want `jwt parsed without WithExpirationRequired`
		raw,
		&jwt.RegisteredClaims{},
		keyFunc,
		jwt.WithValidMethods([]string{"HS256"}),
	)
}

type Auth struct {
	parser *jwt.Parser
}

func NewAuth() *Auth {
	return &Auth{parser: jwt.NewParser(jwt.WithValidMethods([]string{"HS256"}), jwt.WithLeeway(0))}
}

func (a *Auth) Verify(raw string) (*jwt.Token, error) { // want Verify:"verifies\\[0\\]"
	return a.parser.Parse(raw, keyFunc) // want `jwt parsed without WithExpirationRequired`
}

func (a *Auth) VerifyAgain(raw string) (*jwt.Token, error) { // want VerifyAgain:"verifies\\[0\\]"
	return a.parser.ParseWithClaims(raw, jwt.MapClaims{}, keyFunc) // reported once per parser
}
