package parse_skips_validation

import (
	"github.com/golang-jwt/jwt/v4"
	jwt5 "github.com/golang-jwt/jwt/v5"
	jwxjwt "github.com/lestrrat-go/jwx/v2/jwt"
)

func keyFunc(t *jwt5.Token) (any, error) { return []byte("k"), nil }

func withoutValidation(raw string) (*jwt5.Token, error) {
	return jwt5.Parse(raw, keyFunc, jwt5.WithValidMethods([]string{"HS256"}),
		jwt5.WithoutClaimsValidation()) // want `jwt claims validation is disabled by WithoutClaimsValidation`
}

var lenient = &jwt.Parser{
	ValidMethods:         []string{"HS256"},
	SkipClaimsValidation: true, // want `jwt claims validation is disabled by SkipClaimsValidation`
}

func setLater() *jwt.Parser {
	p := jwt.NewParser()
	p.SkipClaimsValidation = true // want `jwt claims validation is disabled by SkipClaimsValidation`
	return p
}

func unverified(raw string) (string, error) {
	tok, _, err := jwt5.NewParser().ParseUnverified(raw, jwt5.MapClaims{}) // want `jwt parsed with ParseUnverified and never verified`
	if err != nil {
		return "", err
	}
	return tok.Claims.GetSubject()
}

func insecure(raw []byte) (jwxjwt.Token, error) {
	return jwxjwt.ParseInsecure(raw) // want `jwt parsed with ParseInsecure and never verified`
}

func noValidate(raw []byte, key any) (jwxjwt.Token, error) {
	return jwxjwt.Parse(raw, jwxjwt.WithKey(nil, key), jwxjwt.WithValidate(false)) // want `jwt claims validation is disabled by WithValidate\(false\)`
}

func noVerify(raw []byte) (jwxjwt.Token, error) {
	return jwxjwt.Parse(raw, jwxjwt.WithVerify(false), jwxjwt.WithRequiredClaim("exp")) // want `jwt signature verification is disabled`
}
