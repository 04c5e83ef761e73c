package kataras_jwt

import (
	"time"

	"github.com/kataras/jwt"
)

var key = []byte("k")

type UserClaims struct {
	Username string `json:"username"`
	Password string `json:"password"` // want `jwt claim "password" looks secret \("password"\)`
}

func mintForever(name string) ([]byte, error) {
	return jwt.Sign(jwt.HS256, key, UserClaims{Username: name}) // want `jwt claims type UserClaims has no exp`
}

func mintMap(name string) ([]byte, error) {
	return jwt.Sign(jwt.HS256, key, jwt.Map{"username": name}) // want `jwt minted without exp: .*pass jwt.MaxAge`
}

func mintLong(name string) ([]byte, error) {
	return jwt.Sign(jwt.HS256, key, jwt.Map{"username": name}, jwt.MaxAge(7*24*time.Hour)) // want `jwt lifetime 168h0m0s exceeds 24h0m0s`
}

func decodeOnly(token []byte) (string, error) {
	u, err := jwt.Decode(token) // want `jwt parsed with Decode and never verified`
	if err != nil {
		return "", err
	}
	var c UserClaims
	err = u.Claims(&c)
	return c.Username, err
}

// Quiet: MaxAge sets exp; embedded standard claims with Expiry; Verify.
func mintOK(name string) ([]byte, error) {
	return jwt.Sign(jwt.HS256, key, UserClaims{Username: name}, jwt.MaxAge(15*time.Minute))
}

type sessionClaims struct {
	jwt.Claims
	Username string `json:"username"`
}

func mintEmbedded(name string) ([]byte, error) {
	c := sessionClaims{Username: name, Claims: jwt.Claims{Expiry: time.Now().Add(time.Hour).Unix()}}
	return jwt.Sign(jwt.HS256, key, c)
}

func verify(token []byte) (*jwt.VerifiedToken, error) {
	return jwt.Verify(jwt.HS256, key, token)
}
