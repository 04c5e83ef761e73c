package claims_type_without_exp

import (
	"time"

	jwt4 "github.com/golang-jwt/jwt/v4"
	"github.com/golang-jwt/jwt/v5"
)

var key = []byte("k")

// v4: a claims type with its own Valid and no exp field.
type sessionClaims struct {
	UserID string `json:"uid"`
}

func (sessionClaims) Valid() error { return nil }

func mintV4(c sessionClaims) (string, error) {
	return jwt4.NewWithClaims(jwt4.SigningMethodHS256, c).SignedString(key) // want `jwt claims type sessionClaims has no exp`
}

func mintV4Again(uid string) (string, error) {
	return jwt4.NewWithClaims(jwt4.SigningMethodHS256, sessionClaims{UserID: uid}).SignedString(key) // reported once per type
}

// v5: GetExpirationTime that always says "none".
type apiClaims struct {
	Key string `json:"key"`
}

func (apiClaims) GetExpirationTime() (*jwt.NumericDate, error) { return nil, nil }
func (apiClaims) GetIssuedAt() (*jwt.NumericDate, error)       { return nil, nil }
func (apiClaims) GetNotBefore() (*jwt.NumericDate, error)      { return nil, nil }
func (apiClaims) GetIssuer() (string, error)                   { return "", nil }
func (apiClaims) GetSubject() (string, error)                  { return "", nil }
func (apiClaims) GetAudience() (jwt.ClaimStrings, error)       { return nil, nil }

func mintV5(c *apiClaims) (string, error) {
	return jwt.NewWithClaims(jwt.SigningMethodHS256, c).SignedString(key) // want `jwt claims type apiClaims has no exp`
}

// Quiet: an exp field of its own, or a GetExpirationTime that returns one.
type ownExp struct {
	UserID string `json:"uid"`
	Exp    int64  `json:"exp"`
}

func (ownExp) Valid() error { return nil }

func mintOwn(uid string) (string, error) {
	return jwt4.NewWithClaims(jwt4.SigningMethodHS256, ownExp{UserID: uid, Exp: time.Now().Add(time.Hour).Unix()}).SignedString(key)
}

type computed struct{ issued time.Time }

func (c computed) GetExpirationTime() (*jwt.NumericDate, error) {
	return jwt.NewNumericDate(c.issued.Add(time.Hour)), nil
}
func (computed) GetIssuedAt() (*jwt.NumericDate, error)  { return nil, nil }
func (computed) GetNotBefore() (*jwt.NumericDate, error) { return nil, nil }
func (computed) GetIssuer() (string, error)              { return "", nil }
func (computed) GetSubject() (string, error)             { return "", nil }
func (computed) GetAudience() (jwt.ClaimStrings, error)  { return nil, nil }

func mintComputed() (string, error) {
	return jwt.NewWithClaims(jwt.SigningMethodHS256, computed{issued: time.Now()}).SignedString(key)
}
