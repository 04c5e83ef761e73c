// Package jwt is a test stub mirroring the exported API of
// github.com/golang-jwt/jwt/v5 v5.3.1 that statecheck's tests use: token
// creation, claims types, the parser and its options. Signatures match the
// real module; bodies do nothing useful.
package jwt

import (
	"errors"
	"time"
)

// Keyfunc is used by parse methods to supply the key for verification.
type Keyfunc func(*Token) (any, error)

// Token represents a JWT Token.
type Token struct {
	Raw       string
	Method    SigningMethod
	Header    map[string]any
	Claims    Claims
	Signature []byte
	Valid     bool
}

// TokenOption is a reserved type for token creation options.
type TokenOption func(*Token)

// New creates a new Token with the specified signing method and an empty
// map of claims.
func New(method SigningMethod, opts ...TokenOption) *Token {
	return NewWithClaims(method, MapClaims{}, opts...)
}

// NewWithClaims creates a new Token with the specified signing method and
// claims.
func NewWithClaims(method SigningMethod, claims Claims, opts ...TokenOption) *Token {
	return &Token{Header: map[string]any{"typ": "JWT", "alg": method.Alg()}, Claims: claims, Method: method}
}

// SignedString creates and returns a complete, signed JWT.
func (t *Token) SignedString(key any) (string, error) { return "", nil }

// SigningString generates the signing string.
func (t *Token) SigningString() (string, error) { return "", nil }

// Claims represent any form of a JWT Claims Set according to RFC 7519.
type Claims interface {
	GetExpirationTime() (*NumericDate, error)
	GetIssuedAt() (*NumericDate, error)
	GetNotBefore() (*NumericDate, error)
	GetIssuer() (string, error)
	GetSubject() (string, error)
	GetAudience() (ClaimStrings, error)
}

// MapClaims is a claims type that uses the map[string]any for JSON
// decoding.
type MapClaims map[string]any

func (m MapClaims) GetExpirationTime() (*NumericDate, error) { return nil, nil }
func (m MapClaims) GetNotBefore() (*NumericDate, error)      { return nil, nil }
func (m MapClaims) GetIssuedAt() (*NumericDate, error)       { return nil, nil }
func (m MapClaims) GetAudience() (ClaimStrings, error)       { return nil, nil }
func (m MapClaims) GetIssuer() (string, error)               { return "", nil }
func (m MapClaims) GetSubject() (string, error)              { return "", nil }

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

func (c RegisteredClaims) GetExpirationTime() (*NumericDate, error) { return c.ExpiresAt, nil }
func (c RegisteredClaims) GetNotBefore() (*NumericDate, error)      { return c.NotBefore, nil }
func (c RegisteredClaims) GetIssuedAt() (*NumericDate, error)       { return c.IssuedAt, nil }
func (c RegisteredClaims) GetAudience() (ClaimStrings, error)       { return c.Audience, nil }
func (c RegisteredClaims) GetIssuer() (string, error)               { return c.Issuer, nil }
func (c RegisteredClaims) GetSubject() (string, error)              { return c.Subject, nil }

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
	ErrInvalidKey            = errors.New("key is invalid")
	ErrTokenMalformed        = errors.New("token is malformed")
	ErrTokenUnverifiable     = errors.New("token is unverifiable")
	ErrTokenSignatureInvalid = errors.New("token signature is invalid")
	ErrTokenExpired          = errors.New("token is expired")
	ErrTokenNotValidYet      = errors.New("token is not valid yet")
	ErrTokenInvalidClaims    = errors.New("token has invalid claims")
)
