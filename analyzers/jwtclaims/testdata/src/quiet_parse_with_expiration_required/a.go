package quiet_parse_with_expiration_required

import (
	"errors"
	"fmt"

	"github.com/golang-jwt/jwt/v4"
	jwt5 "github.com/golang-jwt/jwt/v5"
	"github.com/lestrrat-go/jwx/v2/jwa"
	"github.com/lestrrat-go/jwx/v2/jwk"
	jwxjwt "github.com/lestrrat-go/jwx/v2/jwt"
)

var secret = []byte("k")

func pinned(raw string) (*jwt5.Token, error) {
	return jwt5.Parse(raw, func(*jwt5.Token) (any, error) { return secret, nil },
		jwt5.WithValidMethods([]string{"HS256"}), jwt5.WithExpirationRequired())
}

func checksMethod(t *jwt5.Token) (any, error) {
	if _, ok := t.Method.(*jwt5.SigningMethodHMAC); !ok {
		return nil, fmt.Errorf("unexpected signing method %v", t.Header["alg"])
	}
	return secret, nil
}

var parser = jwt5.NewParser(jwt5.WithExpirationRequired())

func sharedParser(raw string) (*jwt5.Token, error) {
	return parser.Parse(raw, checksMethod)
}

func callerOptions(raw string, opts ...jwt5.ParserOption) (*jwt5.Token, error) {
	return jwt5.Parse(raw, checksMethod, opts...)
}

type strictClaims struct {
	jwt5.RegisteredClaims
}

// Validate requires exp; golang-jwt v5 calls it after its own checks.
func (c strictClaims) Validate() error {
	if c.ExpiresAt == nil {
		return errors.New("exp required")
	}
	return nil
}

func customValidation(raw string) (*jwt5.Token, error) {
	return jwt5.ParseWithClaims(raw, &strictClaims{}, checksMethod)
}

func delegates(t *jwt.Token) (interface{}, error) { return lookupKey(t) }

func lookupKey(t *jwt.Token) (interface{}, error) {
	if t.Header["alg"] != "RS256" {
		return nil, errors.New("alg")
	}
	return secret, nil
}

func v4Delegated(raw string) (*jwt.Token, error) {
	return jwt.Parse(raw, delegates)
}

func v4ParserPinned(raw string) (*jwt.Token, error) {
	p := &jwt.Parser{ValidMethods: []string{"RS256"}}
	return p.Parse(raw, func(*jwt.Token) (interface{}, error) { return secret, nil })
}

// peekThenVerify reads the issuer to choose the key, then verifies.
func peekThenVerify(raw string, keys map[string][]byte) (*jwt5.Token, error) {
	peek, _, err := jwt5.NewParser().ParseUnverified(raw, jwt5.MapClaims{})
	if err != nil {
		return nil, err
	}
	iss, _ := peek.Claims.GetIssuer()
	return jwt5.Parse(raw, func(*jwt5.Token) (any, error) { return keys[iss], nil },
		jwt5.WithValidMethods([]string{"HS256"}), jwt5.WithExpirationRequired())
}

func jwxRequired(raw []byte, set jwk.Set) (jwxjwt.Token, error) {
	return jwxjwt.Parse(raw, jwxjwt.WithKeySet(set), jwxjwt.WithRequiredClaim(jwxjwt.ExpirationKey))
}

func jwxOptions(raw []byte, opts ...jwxjwt.ParseOption) (jwxjwt.Token, error) {
	return jwxjwt.Parse(raw, opts...)
}

func jwxPeek(raw []byte) (jwxjwt.Token, error) {
	unverified, err := jwxjwt.ParseInsecure(raw)
	if err != nil {
		return nil, err
	}
	return jwxjwt.Parse(raw, jwxjwt.WithKey(jwa.HS256, secret), jwxjwt.WithIssuer(unverified.Issuer()),
		jwxjwt.WithRequiredClaim("exp"))
}
