// Package jwt is a test stub mirroring the exported API of
// github.com/lestrrat-go/jwx/jwt v1.2.29 that statecheck's tests use:
// tokens, the builder, signing, parsing and its options. Unlike v2, v1
// verifies only with WithVerify (or a key set) and validates only with
// WithValidate(true) or Validate. Signatures match the real module, except
// that options are declared here instead of aliasing lestrrat-go/option.
package jwt

import (
	"net/http"
	"time"

	"github.com/lestrrat-go/jwx/jwa"
)

// Registered claim names.
const (
	ExpirationKey = "exp"
	SubjectKey    = "sub"
)

// Token represents a generic JWT token.
type Token interface {
	Expiration() time.Time
	Subject() string
	Set(string, interface{}) error
}

type stdToken struct{}

func (t *stdToken) Expiration() time.Time         { return time.Time{} }
func (t *stdToken) Subject() string               { return "" }
func (t *stdToken) Set(string, interface{}) error { return nil }

// New creates a standard token, with minimal knowledge of possible claims.
func New() Token { return &stdToken{} }

// Builder is a convenience wrapper around the New() constructor and the
// Set() methods to assign values to Token claims.
type Builder struct{}

// NewBuilder creates a new Builder instance.
func NewBuilder() *Builder { return &Builder{} }

// Claim sets a claim.
func (b *Builder) Claim(name string, value interface{}) *Builder { return b }

// Expiration sets the exp claim.
func (b *Builder) Expiration(v time.Time) *Builder { return b }

// Subject sets the sub claim.
func (b *Builder) Subject(v string) *Builder { return b }

// Build creates a new token.
func (b *Builder) Build() (Token, error) { return New(), nil }

// ParseOption is an option for the Parse functions.
type ParseOption interface{ parseOption() }

// ValidateOption is an option for Validate.
type ValidateOption interface {
	ParseOption
	validateOption()
}

type option struct{}

func (*option) parseOption()    {}
func (*option) validateOption() {}

// WithVerify forces the Parse method to verify the JWT message using the
// given key.
func WithVerify(alg jwa.SignatureAlgorithm, key interface{}) ParseOption { return &option{} }

// WithValidate is passed to Parse() to tell it to validate the token.
func WithValidate(b bool) ParseOption { return &option{} }

// WithRequiredClaim specifies that a claim identified by the given name
// must exist in the token.
func WithRequiredClaim(name string) ValidateOption { return &option{} }

// WithAcceptableSkew specifies the duration in which exp and nbf claims
// may differ by.
func WithAcceptableSkew(dur time.Duration) ValidateOption { return &option{} }

// Parse parses the JWT token payload and creates a new jwt.Token object.
func Parse(s []byte, options ...ParseOption) (Token, error) { return New(), nil }

// ParseString calls Parse against a string.
func ParseString(s string, options ...ParseOption) (Token, error) { return New(), nil }

// ParseRequest searches a http.Request object for a JWT token.
func ParseRequest(req *http.Request, options ...ParseOption) (Token, error) { return New(), nil }

// ParseHeader parses a JWT stored in a http.Header.
func ParseHeader(hdr http.Header, name string, options ...ParseOption) (Token, error) {
	return New(), nil
}

// Validate makes sure that the essential claims stand.
func Validate(t Token, options ...ValidateOption) error { return nil }

// Sign is a convenience function to create a signed JWT token serialized in
// compact form.
func Sign(t Token, alg jwa.SignatureAlgorithm, key interface{}, options ...SignOption) ([]byte, error) {
	return nil, nil
}

// SignOption is an option for Sign.
type SignOption interface{ signOption() }
