// Package jwt is a test stub mirroring the exported API of
// github.com/kataras/jwt v0.1.12 that statecheck's tests use: signing with
// its MaxAge option, the standard claims, verifying and decoding.
// Signatures match the real module; bodies do nothing useful.
package jwt

import "time"

type (
	// PrivateKey is the key that signs.
	PrivateKey = interface{}
	// PublicKey is the key that verifies.
	PublicKey = interface{}
)

// Alg is a signing algorithm.
type Alg interface {
	Name() string
}

type algHMAC struct{ name string }

func (a *algHMAC) Name() string { return a.name }

// HS256 is HMAC using SHA-256.
var HS256 Alg = &algHMAC{"HS256"}

// Map is a type alias, a shortcut of map[string]interface{}.
type Map = map[string]interface{}

// Claims holds the standard JWT claims (payload fields).
type Claims struct {
	NotBefore int64    `json:"nbf,omitempty"`
	IssuedAt  int64    `json:"iat,omitempty"`
	Expiry    int64    `json:"exp,omitempty"`
	ID        string   `json:"jti,omitempty"`
	OriginID  string   `json:"origin_jti,omitempty"`
	Issuer    string   `json:"iss,omitempty"`
	Subject   string   `json:"sub,omitempty"`
	Audience  []string `json:"aud,omitempty"`
}

// ApplyClaims implements SignOption.
func (c Claims) ApplyClaims(dest *Claims) {}

// SignOption sets standard claims while signing.
type SignOption interface {
	ApplyClaims(*Claims)
}

// SignOptionFunc completes SignOption.
type SignOptionFunc func(*Claims)

// ApplyClaims completes the SignOption interface.
func (f SignOptionFunc) ApplyClaims(c *Claims) { f(c) }

// MaxAge is a SignOption to set the expiration "exp", "iat" JWT standard
// claims.
func MaxAge(maxAge time.Duration) SignOptionFunc { return func(*Claims) {} }

// Sign signs and generates a new token based on the algorithm and a secret
// key. The claims is the payload, the actual body of the token.
func Sign(alg Alg, key PrivateKey, claims interface{}, opts ...SignOption) ([]byte, error) {
	return nil, nil
}

// SignWithHeader same as Sign but accepts a custom json header structure
// too.
func SignWithHeader(alg Alg, key PrivateKey, claims interface{}, customHeader interface{}, opts ...SignOption) ([]byte, error) {
	return nil, nil
}

// TokenValidator validates a verified token.
type TokenValidator interface {
	ValidateToken(token []byte, standardClaims Claims, err error) error
}

// VerifiedToken holds the information about a verified token.
type VerifiedToken struct {
	Token          []byte
	Payload        []byte
	StandardClaims Claims
}

// Claims decodes the token's payload to the dest.
func (t *VerifiedToken) Claims(dest interface{}) error { return nil }

// Verify decodes, verifies and validates the standard JWT claims of the
// given token using the algorithm and a key.
func Verify(alg Alg, key PublicKey, token []byte, validators ...TokenValidator) (*VerifiedToken, error) {
	return nil, nil
}

// UnverifiedToken contains the compact form token parts.
type UnverifiedToken struct {
	Header  []byte
	Payload []byte
}

// Claims decodes the Payload to the dest.
func (t *UnverifiedToken) Claims(dest interface{}) error { return nil }

// Decode decodes the token of compact form WITHOUT verification and
// validation.
func Decode(token []byte) (*UnverifiedToken, error) { return nil, nil }
