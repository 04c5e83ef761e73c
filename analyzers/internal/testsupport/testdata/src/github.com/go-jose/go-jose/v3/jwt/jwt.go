// Package jwt is a test stub mirroring the exported API of
// github.com/go-jose/go-jose/v3/jwt v3.0.5 that statecheck's tests use: the builder,
// the registered claims, parsing and validation. Signatures match the real
// module; bodies do nothing useful.
package jwt

import (
	"time"

	jose "github.com/go-jose/go-jose/v3"
)

// Builder is a utility for making JSON Web Tokens.
type Builder interface {
	Claims(i interface{}) Builder
	Token() (*JSONWebToken, error)
	FullSerialize() (string, error)
	CompactSerialize() (string, error)
}

// Signed creates a builder for signed tokens.
func Signed(sig jose.Signer) Builder { return nil }

// Claims represents public claim values (as specified in RFC 7519).
type Claims struct {
	Issuer    string       `json:"iss,omitempty"`
	Subject   string       `json:"sub,omitempty"`
	Audience  Audience     `json:"aud,omitempty"`
	Expiry    *NumericDate `json:"exp,omitempty"`
	NotBefore *NumericDate `json:"nbf,omitempty"`
	IssuedAt  *NumericDate `json:"iat,omitempty"`
	ID        string       `json:"jti,omitempty"`
}

// Validate checks claims in a token against expected values.
func (c Claims) Validate(e Expected) error { return nil }

// ValidateWithLeeway checks claims in a token against expected values.
func (c Claims) ValidateWithLeeway(e Expected, leeway time.Duration) error { return nil }

// Expected defines values used for protected claims validation.
type Expected struct {
	Issuer string
	Time   time.Time
}

// NumericDate represents date and time as the number of seconds since the
// epoch.
type NumericDate int64

// NewNumericDate constructs NumericDate from time.Time value.
func NewNumericDate(t time.Time) *NumericDate { n := NumericDate(t.Unix()); return &n }

// Audience represents the recipients that the token is intended for.
type Audience []string

// JSONWebToken represents a JSON Web Token (as specified in RFC7519).
type JSONWebToken struct{}

// Claims deserializes a JSONWebToken into dest using the provided key.
func (t *JSONWebToken) Claims(key interface{}, dest ...interface{}) error { return nil }

// UnsafeClaimsWithoutVerification deserializes the claims of a
// JSONWebToken into the dests. For signed JWTs, the claims are not verified.
func (t *JSONWebToken) UnsafeClaimsWithoutVerification(dest ...interface{}) error { return nil }

// ParseSigned parses token from JWS form.
func ParseSigned(s string) (*JSONWebToken, error) { return nil, nil }
