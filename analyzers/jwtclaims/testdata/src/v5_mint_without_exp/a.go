package v5_mint_without_exp

import (
	"time"

	"github.com/golang-jwt/jwt/v5"
)

var key = []byte("k")

type UserClaims struct {
	UserID string `json:"uid"`
	jwt.RegisteredClaims
}

func mapLiteral(uid string) (string, error) {
	tok := jwt.NewWithClaims(jwt.SigningMethodHS256, jwt.MapClaims{ // want `jwt minted without exp: .*set "exp"`
		"sub": uid,
	})
	return tok.SignedString(key)
}

func registeredInVariable(uid string) (string, error) {
	claims := jwt.RegisteredClaims{Subject: uid, IssuedAt: jwt.NewNumericDate(time.Now())} // want `jwt minted without exp: .*set ExpiresAt`
	return jwt.NewWithClaims(jwt.SigningMethodHS256, claims).SignedString(key)
}

func embeddedWithoutExpiresAt(uid string) (string, error) {
	claims := &UserClaims{ // want `jwt minted without exp`
		UserID:           uid,
		RegisteredClaims: jwt.RegisteredClaims{Issuer: "shop"},
	}
	return jwt.NewWithClaims(jwt.SigningMethodHS256, claims).SignedString(key)
}

func embeddedLeftOut(uid string) (string, error) {
	return jwt.NewWithClaims(jwt.SigningMethodHS256, UserClaims{UserID: uid}).SignedString(key) // want `jwt minted without exp`
}

func newThenSign(uid string) (string, error) {
	tok := jwt.New(jwt.SigningMethodHS256) // want `jwt minted without exp`
	claims := tok.Claims.(jwt.MapClaims)
	claims["sub"] = uid
	return tok.SignedString(key)
}
