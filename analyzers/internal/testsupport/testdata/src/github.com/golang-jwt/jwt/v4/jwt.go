// Package jwt is a test stub mirroring the exported API of
// github.com/golang-jwt/jwt/v4 v4.5.2 that statecheck's tests use: token
// creation, claims types, the parser and its options. Signatures match the
// real module; bodies do nothing useful.
package jwt

import (
	"crypto"
	"crypto/rsa"
	"errors"
	"time"
)

// TimeFunc provides the current time when parsing token to validate "exp"
// claim (expiration time).
var TimeFunc = time.Now

// Keyfunc will be used by the Parse methods as a callback function to
// supply the key for verification.
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

// New creates a new Token with the specified signing method and an empty
// map of claims.
func New(method SigningMethod) *Token {
	return NewWithClaims(method, MapClaims{})
}

// NewWithClaims creates a new Token with the specified signing method and
// claims.
func NewWithClaims(method SigningMethod, claims Claims) *Token {
	return &Token{Header: map[string]interface{}{"typ": "JWT", "alg": method.Alg()}, Claims: claims, Method: method}
}

// SignedString creates and returns a complete, signed JWT.
func (t *Token) SignedString(key interface{}) (string, error) { return "", nil }

// SigningString generates the signing string.
func (t *Token) SigningString() (string, error) { return "", nil }

// Parse parses, validates, verifies the signature and returns the parsed
// token.
func Parse(tokenString string, keyFunc Keyfunc, options ...ParserOption) (*Token, error) {
	return NewParser(options...).Parse(tokenString, keyFunc)
}

// ParseWithClaims is a shortcut for NewParser().ParseWithClaims().
func ParseWithClaims(tokenString string, claims Claims, keyFunc Keyfunc, options ...ParserOption) (*Token, error) {
	return NewParser(options...).ParseWithClaims(tokenString, claims, keyFunc)
}

// Claims must just have a Valid method that determines if the token is
// invalid for any supported reason.
type Claims interface {
	Valid() error
}

// MapClaims is a claims type that uses the map[string]interface{} for JSON
// decoding.
type MapClaims map[string]interface{}

// VerifyExpiresAt compares the exp claim against cmp (cmp <= exp). If req
// is false, it will return true, if exp is unset.
func (m MapClaims) VerifyExpiresAt(cmp int64, req bool) bool { return true }

// Valid validates time based claims "exp, iat, nbf".
func (m MapClaims) Valid() error { return nil }

// RegisteredClaims are a structured version of the JWT Claims Set,
// restricted to Registered Claim Names.
type RegisteredClaims struct {
	Issuer    string       `json:"iss,omitempty"`
	Subject   string       `json:"sub,omitempty"`
	Audience  ClaimStrings `json:"aud,omitempty"`
	ExpiresAt *NumericDate `json:"exp,omitempty"`
	NotBefore *NumericDate `json:"nbf,omitempty"`
	IssuedAt  *NumericDate `json:"iat,omitempty"`
	ID        string       `json:"jti,omitempty"`
}

// Valid validates time based claims "exp, iat, nbf".
func (c RegisteredClaims) Valid() error { return nil }

// VerifyExpiresAt compares the exp claim against cmp (cmp < exp).
func (c *RegisteredClaims) VerifyExpiresAt(cmp time.Time, req bool) bool { return true }

// StandardClaims are a structured version of the JWT Claims Set, as
// referenced at https://datatracker.ietf.org/doc/html/rfc7519#section-4.
//
// Deprecated: Use RegisteredClaims instead.
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

// VerifyExpiresAt compares the exp claim against cmp (cmp < exp).
func (c *StandardClaims) VerifyExpiresAt(cmp int64, req bool) bool { return true }

// NumericDate represents a JSON numeric date value.
type NumericDate struct {
	time.Time
}

// NewNumericDate constructs a new *NumericDate from a standard library
// time.Time struct.
func NewNumericDate(t time.Time) *NumericDate { return &NumericDate{t} }

// ClaimStrings is basically just a slice of strings.
type ClaimStrings []string

// Error constants.
var (
	ErrTokenMalformed = errors.New("token is malformed")
	ErrTokenExpired   = errors.New("token is expired")
)

// SigningMethod can be used to add new methods for signing or verifying
// tokens.
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

// SigningMethodRSA implements the RSA family of signing methods.
type SigningMethodRSA struct {
	Name string
	Hash crypto.Hash
}

func (m *SigningMethodRSA) Alg() string { return m.Name }
func (m *SigningMethodRSA) Verify(signingString, signature string, key interface{}) error {
	return nil
}
func (m *SigningMethodRSA) Sign(signingString string, key interface{}) (string, error) {
	return "", nil
}

// Specific instances for the signing methods.
var (
	SigningMethodHS256 = &SigningMethodHMAC{"HS256", crypto.SHA256}
	SigningMethodHS384 = &SigningMethodHMAC{"HS384", crypto.SHA384}
	SigningMethodHS512 = &SigningMethodHMAC{"HS512", crypto.SHA512}
	SigningMethodRS256 = &SigningMethodRSA{"RS256", crypto.SHA256}
)

// ParseRSAPublicKeyFromPEM parses a PEM encoded PKCS1 or PKCS8 public key.
func ParseRSAPublicKeyFromPEM(key []byte) (*rsa.PublicKey, error) { return nil, nil }
