// Package jwt is a test stub mirroring the exported API of
// github.com/cristalhq/jwt/v4 v4.0.2 that statecheck's tests use: the
// builder, the registered claims and parsing. Signatures match the real
// module; bodies do nothing useful.
package jwt

import (
	"encoding/json"
	"time"
)

// Signer is used to sign tokens.
type Signer interface {
	Algorithm() Algorithm
}

// Verifier is used to verify tokens.
type Verifier interface {
	Algorithm() Algorithm
}

// Algorithm for signing and verifying.
type Algorithm string

// HS256 is HMAC using SHA-256.
const HS256 Algorithm = "HS256"

// NewSignerHS returns a new HMAC-based signer.
func NewSignerHS(alg Algorithm, key []byte) (Signer, error) { return nil, nil }

// Builder is used to create a new token.
type Builder struct{ signer Signer }

// BuilderOption is used to modify builder properties.
type BuilderOption func(*Builder)

// NewBuilder returns new instance of Builder.
func NewBuilder(signer Signer, opts ...BuilderOption) *Builder { return &Builder{signer} }

// Build used to create and encode JWT with a provided claims.
func (b *Builder) Build(claims interface{}) (*Token, error) { return &Token{}, nil }

// Token represents a JWT token.
type Token struct{ claims json.RawMessage }

// String returns token as a string.
func (t *Token) String() string { return "" }

// DecodeClaims into a given parameter.
func (t *Token) DecodeClaims(dst interface{}) error { return nil }

// Parse decodes a token and verifies it's signature.
func Parse(raw []byte, verifier Verifier) (*Token, error) { return &Token{}, nil }

// ParseClaims decodes a token claims and verifies it's signature.
func ParseClaims(raw []byte, verifier Verifier, claims interface{}) error { return nil }

// ParseNoVerify decodes a token from a raw bytes. NOTE: Consider to use
// Parse with a verifier to verify token signature.
func ParseNoVerify(raw []byte) (*Token, error) { return &Token{}, nil }

// RegisteredClaims represents claims for JWT.
type RegisteredClaims struct {
	ID        string       `json:"jti,omitempty"`
	Audience  []string     `json:"aud,omitempty"`
	Issuer    string       `json:"iss,omitempty"`
	Subject   string       `json:"sub,omitempty"`
	ExpiresAt *NumericDate `json:"exp,omitempty"`
	IssuedAt  *NumericDate `json:"iat,omitempty"`
	NotBefore *NumericDate `json:"nbf,omitempty"`
}

// IsValidAt reports whether a token is valid at a given time.
func (sc *RegisteredClaims) IsValidAt(now time.Time) bool { return true }

// NumericDate represents date for StandardClaims.
type NumericDate struct{ time.Time }

// NewNumericDate creates a new NumericDate value from time.Time.
func NewNumericDate(t time.Time) *NumericDate { return &NumericDate{t} }
