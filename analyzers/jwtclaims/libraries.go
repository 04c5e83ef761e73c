package jwtclaims

import "slices"

// The libraries whose tokens the analyzer understands.
const (
	jwtV4  = "github.com/golang-jwt/jwt/v4"
	jwtV5  = "github.com/golang-jwt/jwt/v5"
	jwxJWT = "github.com/lestrrat-go/jwx/v2/jwt"
)

// The package lists the type and function predicates of astindex take:
// most rules hold for both golang-jwt major versions alike.
var (
	golangJWT = []string{jwtV4, jwtV5}
	jwx       = []string{jwxJWT}
	timePkg   = []string{"time"}
)

// isGolangJWT reports whether path is a golang-jwt major version the
// analyzer knows.
func isGolangJWT(path string) bool { return slices.Contains(golangJWT, path) }
