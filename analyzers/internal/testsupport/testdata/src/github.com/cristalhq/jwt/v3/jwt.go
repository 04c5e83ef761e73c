// Package jwt is a test stub mirroring the exported API of
// github.com/cristalhq/jwt/v3 v3.1.0 that statecheck's tests use: the
// builder, StandardClaims (RegisteredClaims is an alias of it in this
// major version) and parsing, which verifies only in ParseAndVerify.
// Signatures match the real module; bodies do nothing useful.
package jwt

import "time"

// Signer is used to sign tokens.
type Signer interface {
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

// BuildBytes is used to create and encode JWT with a provided claims.
func (b *Builder) BuildBytes(claims interface{}) ([]byte, error) { return nil, nil }

// Build used to create and encode JWT with a provided claims.
func (b *Builder) Build(claims interface{}) (*Token, error) { return &Token{}, nil }

// Token represents claims for JWT token.
type Token struct{ raw []byte }

// String returns token as a string.
func (t *Token) String() string { return string(t.raw) }

// Verifier is used to verify tokens.
type Verifier interface {
	Algorithm() Algorithm
}

// Parse decodes a token from a raw bytes. NOTE: Consider to use
// ParseAndVerify.
func Parse(raw []byte) (*Token, error) { return &Token{raw}, nil }

// ParseString decodes a token. NOTE: Consider to use ParseAndVerifyString.
func ParseString(raw string) (*Token, error) { return &Token{[]byte(raw)}, nil }

// ParseAndVerify decodes a token and verifies it's signature.
func ParseAndVerify(raw []byte, verifier Verifier) (*Token, error) { return &Token{raw}, nil }

// ParseAndVerifyString decodes a token and verifies it's signature.
func ParseAndVerifyString(raw string, verifier Verifier) (*Token, error) {
	return &Token{[]byte(raw)}, nil
}

// RegisteredClaims represents claims for JWT.
type RegisteredClaims = StandardClaims

// StandardClaims represents claims for JWT.
type StandardClaims struct {
	ID        string       `json:"jti,omitempty"`
	Audience  []string     `json:"aud,omitempty"`
	Issuer    string       `json:"iss,omitempty"`
	Subject   string       `json:"sub,omitempty"`
	ExpiresAt *NumericDate `json:"exp,omitempty"`
	IssuedAt  *NumericDate `json:"iat,omitempty"`
	NotBefore *NumericDate `json:"nbf,omitempty"`
}

// NumericDate represents date for StandardClaims.
type NumericDate struct{ time.Time }

// NewNumericDate creates a new NumericDate value from time.Time.
func NewNumericDate(t time.Time) *NumericDate { return &NumericDate{t} }
