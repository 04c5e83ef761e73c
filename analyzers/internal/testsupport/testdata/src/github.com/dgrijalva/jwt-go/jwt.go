// Package jwt is a test stub mirroring the exported API of
// github.com/dgrijalva/jwt-go v3.2.0+incompatible that statecheck's tests use: token creation, the
// deprecated StandardClaims and MapClaims, and the Parser struct with its
// SkipClaimsValidation field (this major version has no parser options).
// Signatures match the real module; bodies do nothing useful.
package jwt

import "crypto"

// Keyfunc supplies the key for verification.
type Keyfunc func(*Token) (interface{}, error)

// Token represents a JWT Token.
type Token struct {
	Raw       string
	Method    SigningMethod
	Header    map[string]interface{}
	Claims    Claims
	Signature string
	Valid     bool
}

// New creates a new Token with an empty map of claims.
func New(method SigningMethod) *Token { return NewWithClaims(method, MapClaims{}) }

// NewWithClaims creates a new Token with the specified signing method and
// claims.
func NewWithClaims(method SigningMethod, claims Claims) *Token {
	return &Token{Header: map[string]interface{}{"alg": method.Alg()}, Claims: claims, Method: method}
}

// SignedString returns the complete, signed token.
func (t *Token) SignedString(key interface{}) (string, error) { return "", nil }

// Parse parses, validates, and returns a token.
func Parse(tokenString string, keyFunc Keyfunc) (*Token, error) {
	return new(Parser).Parse(tokenString, keyFunc)
}

// ParseWithClaims is Parse with custom claims.
func ParseWithClaims(tokenString string, claims Claims, keyFunc Keyfunc) (*Token, error) {
	return new(Parser).ParseWithClaims(tokenString, claims, keyFunc)
}

// Claims is any type with a Valid method.
type Claims interface {
	Valid() error
}

// MapClaims uses map[string]interface{} for JSON decoding.
type MapClaims map[string]interface{}

// Valid validates time based claims "exp, iat, nbf".
func (m MapClaims) Valid() error { return nil }

// StandardClaims is the structured version of the registered claims.
type StandardClaims struct {
	Audience  string `json:"aud,omitempty"`
	ExpiresAt int64  `json:"exp,omitempty"`
	Id        string `json:"jti,omitempty"`
	IssuedAt  int64  `json:"iat,omitempty"`
	Issuer    string `json:"iss,omitempty"`
	NotBefore int64  `json:"nbf,omitempty"`
	Subject   string `json:"sub,omitempty"`
}

// Valid validates time based claims "exp, iat, nbf".
func (c StandardClaims) Valid() error { return nil }

// Parser parses tokens.
type Parser struct {
	ValidMethods         []string
	UseJSONNumber        bool
	SkipClaimsValidation bool
}

// Parse parses, validates, and returns a token.
func (p *Parser) Parse(tokenString string, keyFunc Keyfunc) (*Token, error) {
	return p.ParseWithClaims(tokenString, MapClaims{}, keyFunc)
}

// ParseWithClaims is Parse with custom claims.
func (p *Parser) ParseWithClaims(tokenString string, claims Claims, keyFunc Keyfunc) (*Token, error) {
	return &Token{Claims: claims}, nil
}

// ParseUnverified parses the token without validating the signature.
func (p *Parser) ParseUnverified(tokenString string, claims Claims) (token *Token, parts []string, err error) {
	return &Token{Claims: claims}, nil, nil
}

// SigningMethod signs and verifies tokens.
type SigningMethod interface {
	Verify(signingString, signature string, key interface{}) error
	Sign(signingString string, key interface{}) (string, error)
	Alg() string
}

// SigningMethodHMAC implements the HMAC-SHA family of signing methods.
type SigningMethodHMAC struct {
	Name string
	Hash crypto.Hash
}

func (m *SigningMethodHMAC) Alg() string { return m.Name }
func (m *SigningMethodHMAC) Verify(signingString, signature string, key interface{}) error {
	return nil
}
func (m *SigningMethodHMAC) Sign(signingString string, key interface{}) (string, error) {
	return "", nil
}

// SigningMethodHS256 is HMAC with SHA-256.
var SigningMethodHS256 = &SigningMethodHMAC{"HS256", crypto.SHA256}
