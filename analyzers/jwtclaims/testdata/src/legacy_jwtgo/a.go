package legacy_jwtgo

import (
	"time"

	dgrijalva "github.com/dgrijalva/jwt-go"
	form3 "github.com/form3tech-oss/jwt-go"
	jwt3 "github.com/golang-jwt/jwt"
)

var key = []byte("k")

type UserClaims struct {
	UserID       string `json:"uid"`
	PasswordHash string `json:"password_hash"` // want `jwt claim "password_hash" looks secret \("password"\)`
	dgrijalva.StandardClaims
}

func mintDgrijalva(uid string) (string, error) {
	claims := UserClaims{UserID: uid, StandardClaims: dgrijalva.StandardClaims{Issuer: "me"}} // want `jwt minted without exp: .*set ExpiresAt`
	return dgrijalva.NewWithClaims(dgrijalva.SigningMethodHS256, claims).SignedString(key)
}

func mintForm3(uid string) (string, error) {
	return form3.NewWithClaims(form3.SigningMethodHS256, form3.MapClaims{ // want `jwt minted without exp: .*set "exp"`
		"sub": uid,
	}).SignedString(key)
}

func mintV3Long(uid string) (string, error) {
	return jwt3.NewWithClaims(jwt3.SigningMethodHS256, jwt3.StandardClaims{
		Subject:   uid,
		ExpiresAt: time.Now().Add(30 * 24 * time.Hour).Unix(), // want `jwt lifetime 720h0m0s exceeds 24h0m0s`
	}).SignedString(key)
}

func skip(raw string) (*dgrijalva.Token, error) {
	p := &dgrijalva.Parser{SkipClaimsValidation: true} // want `jwt claims validation is disabled by SkipClaimsValidation`
	return p.Parse(raw, func(*dgrijalva.Token) (interface{}, error) { return key, nil })
}

func peek(raw string) string {
	tok, _, _ := new(jwt3.Parser).ParseUnverified(raw, jwt3.MapClaims{}) // want `jwt parsed with ParseUnverified and never verified`
	return tok.Claims.(jwt3.MapClaims)["sub"].(string)
}

// Short-lived tokens with exp are quiet, whichever fork mints them.
func mintOK(uid string) (string, error) {
	return form3.NewWithClaims(form3.SigningMethodHS256, form3.StandardClaims{
		Subject:   uid,
		ExpiresAt: time.Now().Add(15 * time.Minute).Unix(),
	}).SignedString(key)
}
