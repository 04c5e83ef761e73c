package long_lifetime

import (
	"time"

	"github.com/golang-jwt/jwt/v5"
	jwxjwt "github.com/lestrrat-go/jwx/v2/jwt"
)

const refreshTTL = 30 * 24 * time.Hour

var key = []byte("k")

func add(uid string) (string, error) {
	claims := jwt.MapClaims{
		"sub": uid,
		"exp": time.Now().Add(refreshTTL).Unix(), // want `jwt lifetime 720h0m0s exceeds 24h0m0s`
	}
	return jwt.NewWithClaims(jwt.SigningMethodHS256, claims).SignedString(key)
}

func addDate(uid string) (string, error) {
	claims := jwt.RegisteredClaims{
		Subject:   uid,
		ExpiresAt: jwt.NewNumericDate(time.Now().AddDate(1, 0, 0)), // want `jwt lifetime 8760h0m0s exceeds 24h0m0s`
	}
	return jwt.NewWithClaims(jwt.SigningMethodHS256, claims).SignedString(key)
}

func unixSeconds(uid string) (string, error) {
	claims := jwt.MapClaims{"sub": uid}
	claims["exp"] = time.Now().Unix() + 60*60*24*7 // want `jwt lifetime 168h0m0s exceeds 24h0m0s`
	return jwt.NewWithClaims(jwt.SigningMethodHS256, claims).SignedString(key)
}

func throughLocal(uid string) (string, error) {
	expiresAt := time.Now().Add(72 * time.Hour)
	claims := &jwt.RegisteredClaims{Subject: uid}
	claims.ExpiresAt = jwt.NewNumericDate(expiresAt) // want `jwt lifetime 72h0m0s exceeds 24h0m0s`
	return jwt.NewWithClaims(jwt.SigningMethodHS256, claims).SignedString(key)
}

func jwxBuilder(uid string) (jwxjwt.Token, error) {
	return jwxjwt.NewBuilder().
		Subject(uid).
		Expiration(time.Now().Add(48 * time.Hour)). // want `jwt lifetime 48h0m0s exceeds 24h0m0s`
		Build()
}
