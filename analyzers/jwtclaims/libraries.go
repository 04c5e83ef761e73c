package jwtclaims

import (
	"go/types"
	"slices"

	"github.com/statecheck/statecheck/analyzers/internal/astindex"
)

// The libraries whose tokens the analyzer understands, grouped by API
// family: the versions of one family share names and meaning, so a rule is
// written once per family.
const (
	jwtV5     = "github.com/golang-jwt/jwt/v5"
	jwtV4     = "github.com/golang-jwt/jwt/v4"
	jwtV3     = "github.com/golang-jwt/jwt" // v3.2.x, +incompatible
	dgrijalva = "github.com/dgrijalva/jwt-go"
	form3tech = "github.com/form3tech-oss/jwt-go"

	jwxV1 = "github.com/lestrrat-go/jwx/jwt"
	jwxV2 = "github.com/lestrrat-go/jwx/v2/jwt"
	jwxV3 = "github.com/lestrrat-go/jwx/v3/jwt"

	joseV2 = "gopkg.in/square/go-jose.v2/jwt"
	joseV3 = "github.com/go-jose/go-jose/v3/jwt"
	joseV4 = "github.com/go-jose/go-jose/v4/jwt"

	kataras = "github.com/kataras/jwt"

	cristalV3 = "github.com/cristalhq/jwt/v3"
	cristalV4 = "github.com/cristalhq/jwt/v4"
	cristalV5 = "github.com/cristalhq/jwt/v5"
)

// The package lists the type and function predicates of astindex take.
var (
	// golangJWT is golang-jwt and the jwt-go it continues: NewWithClaims,
	// MapClaims, Parse with a keyfunc, Parser.ParseUnverified.
	golangJWT = []string{jwtV5, jwtV4, jwtV3, dgrijalva, form3tech}
	// legacyJWT has StandardClaims and the Parser struct's
	// SkipClaimsValidation field (v5 dropped both).
	legacyJWT = []string{jwtV4, jwtV3, dgrijalva, form3tech}
	// jwx is every jwx major version: the Builder, New, Set and the
	// WithValidate option are the same; v1 parses without verifying or
	// validating unless told to, v2 and v3 the other way round.
	jwx       = []string{jwxV1, jwxV2, jwxV3}
	jwxStrict = []string{jwxV2, jwxV3}
	// jws is jwx's signing package, for tokens serialized and signed by hand.
	jws        = []string{"github.com/lestrrat-go/jwx/jws", "github.com/lestrrat-go/jwx/v2/jws", "github.com/lestrrat-go/jwx/v3/jws"}
	jose       = []string{joseV2, joseV3, joseV4}
	katarasJWT = []string{kataras}
	cristal    = []string{cristalV3, cristalV4, cristalV5}
	timePkg    = []string{"time"}
)

// registeredTypes are the library structs that carry the registered claims,
// with the name of their exp field.
var registeredTypes = []struct {
	pkgs      []string
	name, exp string
}{
	{[]string{jwtV5, jwtV4}, "RegisteredClaims", "ExpiresAt"},
	{legacyJWT, "StandardClaims", "ExpiresAt"},
	{jose, "Claims", "Expiry"},
	{katarasJWT, "Claims", "Expiry"},
	{cristal, "RegisteredClaims", "ExpiresAt"},
	{[]string{cristalV3}, "StandardClaims", "ExpiresAt"},
}

// expFieldOf returns the exp field name of t when t (or *t) is one of the
// registered claims types, else "".
func expFieldOf(t types.Type) string {
	for _, r := range registeredTypes {
		if astindex.IsNamed(t, r.pkgs, r.name) {
			return r.exp
		}
	}
	return ""
}

// isExpField reports whether f is the exp field of a registered claims
// type.
func isExpField(f *types.Var) bool {
	for _, r := range registeredTypes {
		if f.Name() == r.exp && slices.Contains(r.pkgs, pkgPath(f)) {
			return true
		}
	}
	return false
}

// isGolangJWT reports whether path is a golang-jwt (or jwt-go) version the
// analyzer knows.
func isGolangJWT(path string) bool { return slices.Contains(golangJWT, path) }

// knownPath reports whether path is one of the libraries.
func knownPath(path string) bool {
	for _, l := range [][]string{golangJWT, jwx, jose, katarasJWT, cristal} {
		if slices.Contains(l, path) {
			return true
		}
	}
	return false
}
