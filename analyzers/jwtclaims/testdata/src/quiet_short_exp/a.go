package quiet_short_exp

import (
	"time"

	"github.com/golang-jwt/jwt/v4"
	jwt5 "github.com/golang-jwt/jwt/v5"
	"github.com/lestrrat-go/jwx/v2/jwa"
	jwxjwt "github.com/lestrrat-go/jwx/v2/jwt"
)

const accessTTL = 15 * time.Minute

var key = []byte("k")

type UserClaims struct {
	UserID string `json:"uid"`
	jwt5.RegisteredClaims
}

func mapLiteral(uid string) (string, error) {
	return jwt5.NewWithClaims(jwt5.SigningMethodHS256, jwt5.MapClaims{
		"sub": uid,
		"exp": time.Now().Add(15 * time.Minute).Unix(),
	}).SignedString(key)
}

func registered(uid string) (string, error) {
	expirationTime := time.Now().Add(5 * time.Minute)
	claims := &UserClaims{
		UserID: uid,
		RegisteredClaims: jwt5.RegisteredClaims{
			ExpiresAt: jwt5.NewNumericDate(expirationTime),
		},
	}
	return jwt5.NewWithClaims(jwt5.SigningMethodHS256, claims).SignedString(key)
}

func expSetLater(uid string) (string, error) {
	claims := UserClaims{UserID: uid}
	claims.ExpiresAt = jwt5.NewNumericDate(time.Now().Add(accessTTL))
	return jwt5.NewWithClaims(jwt5.SigningMethodHS256, claims).SignedString(key)
}

func mapExpSetLater(uid string) (string, error) {
	claims := jwt.MapClaims{"sub": uid}
	claims["exp"] = time.Now().Add(time.Hour).Unix()
	return jwt.NewWithClaims(jwt.SigningMethodHS256, claims).SignedString(key)
}

func (c *UserClaims) stamp(ttl time.Duration) {
	c.ExpiresAt = jwt5.NewNumericDate(time.Now().Add(ttl))
}

func helperSetsExp(uid string, ttl time.Duration) (string, error) {
	claims := UserClaims{UserID: uid}
	claims.stamp(ttl)
	return jwt5.NewWithClaims(jwt5.SigningMethodHS256, claims).SignedString(key)
}

func fromElsewhere(claims jwt5.Claims) (string, error) {
	return jwt5.NewWithClaims(jwt5.SigningMethodHS256, claims).SignedString(key)
}

func newWithExp(uid string) (string, error) {
	tok := jwt.New(jwt.SigningMethodHS256)
	claims := tok.Claims.(jwt.MapClaims)
	claims["sub"] = uid
	claims["exp"] = time.Now().Add(accessTTL).Unix()
	return tok.SignedString(key)
}

func configuredLifetime(uid string, ttl time.Duration) (string, error) {
	return jwt.NewWithClaims(jwt.SigningMethodHS256, jwt.StandardClaims{
		Subject:   uid,
		ExpiresAt: time.Now().Add(ttl * 24 * 365).Unix(),
	}).SignedString(key)
}

func jwxBuilder(uid string) ([]byte, error) {
	tok, err := jwxjwt.NewBuilder().Subject(uid).Expiration(time.Now().Add(accessTTL)).Build()
	if err != nil {
		return nil, err
	}
	return jwxjwt.Sign(tok, jwxjwt.WithKey(jwa.HS256, key))
}

func jwxSet(uid string) ([]byte, error) {
	tok := jwxjwt.New()
	_ = tok.Set(jwxjwt.SubjectKey, uid)
	_ = tok.Set(jwxjwt.ExpirationKey, time.Now().Add(accessTTL))
	return jwxjwt.Sign(tok, jwxjwt.WithKey(jwa.HS256, key))
}

// parseTarget is a claims literal that is parsed into, not minted.
func parseTarget(raw string) (*jwt.Token, error) {
	return jwt.ParseWithClaims(raw, &jwt.RegisteredClaims{}, func(t *jwt.Token) (interface{}, error) {
		if t.Method.Alg() != "HS256" {
			return nil, nil
		}
		return key, nil
	})
}
