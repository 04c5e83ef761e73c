package ignore_directive

import "github.com/golang-jwt/jwt/v5"

var key = []byte("k")

// serviceToken is a machine credential rotated by the deploy pipeline.
func serviceToken() (string, error) {
	//statecheck:ignore jwtclaims service credential revoked by rotating the key
	claims := jwt.MapClaims{"sub": "billing-worker"}
	return jwt.NewWithClaims(jwt.SigningMethodHS256, claims).SignedString(key)
}

//statecheck:ignore jwtclaims nothing here to excuse // want `statecheck:ignore directive for jwtclaims matches no finding`
func nothing() {}
