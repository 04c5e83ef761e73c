// Package jwt is a test stub mirroring the exported API of
// github.com/lestrrat-go/jwx/v3/jwt v3.2.0 that statecheck's tests use:
// tokens, the builder, signing, parsing and the parse and validate options.
// Signatures match the real module, except that Option is declared here
// instead of aliasing github.com/lestrrat-go/option.Interface.
package jwt

import (
	"context"
	"io"
	"net/http"
	"time"

	"github.com/lestrrat-go/jwx/v3/jwa"
	"github.com/lestrrat-go/jwx/v3/jwk"
)

// Registered claim names.
const (
	AudienceKey   = "aud"
	ExpirationKey = "exp"
	IssuedAtKey   = "iat"
	IssuerKey     = "iss"
	JwtIDKey      = "jti"
	NotBeforeKey  = "nbf"
	SubjectKey    = "sub"
)

// Token represents a generic JWT token.
type Token interface {
	Audience() []string
	Expiration() time.Time
	IssuedAt() time.Time
	Issuer() string
	JwtID() string
	NotBefore() time.Time
	Subject() string
	PrivateClaims() map[string]interface{}
	Get(string) (interface{}, bool)
	Set(string, interface{}) error
	Remove(string) error
	Clone() (Token, error)
	AsMap(context.Context) (map[string]interface{}, error)
}

type stdToken struct{ claims map[string]interface{} }

func (t *stdToken) Audience() []string                    { return nil }
func (t *stdToken) Expiration() time.Time                 { return time.Time{} }
func (t *stdToken) IssuedAt() time.Time                   { return time.Time{} }
func (t *stdToken) Issuer() string                        { return "" }
func (t *stdToken) JwtID() string                         { return "" }
func (t *stdToken) NotBefore() time.Time                  { return time.Time{} }
func (t *stdToken) Subject() string                       { return "" }
func (t *stdToken) PrivateClaims() map[string]interface{} { return t.claims }
func (t *stdToken) Get(name string) (interface{}, bool)   { v, ok := t.claims[name]; return v, ok }
func (t *stdToken) Set(name string, value interface{}) error {
	t.claims[name] = value
	return nil
}
func (t *stdToken) Remove(name string) error { delete(t.claims, name); return nil }
func (t *stdToken) Clone() (Token, error)    { return t, nil }
func (t *stdToken) AsMap(context.Context) (map[string]interface{}, error) {
	return t.claims, nil
}

// New creates a standard token, with minimal knowledge of possible claims.
func New() Token { return &stdToken{claims: map[string]interface{}{}} }

// Builder is a convenience wrapper around the New() constructor and the Set()
// methods to assign values to Token claims.
type Builder struct{ claims map[string]interface{} }

// NewBuilder creates a new Builder instance.
func NewBuilder() *Builder { return &Builder{claims: map[string]interface{}{}} }

func (b *Builder) Claim(name string, value interface{}) *Builder { b.claims[name] = value; return b }
func (b *Builder) Audience(v []string) *Builder                  { return b.Claim(AudienceKey, v) }
func (b *Builder) Expiration(v time.Time) *Builder               { return b.Claim(ExpirationKey, v) }
func (b *Builder) IssuedAt(v time.Time) *Builder                 { return b.Claim(IssuedAtKey, v) }
func (b *Builder) Issuer(v string) *Builder                      { return b.Claim(IssuerKey, v) }
func (b *Builder) JwtID(v string) *Builder                       { return b.Claim(JwtIDKey, v) }
func (b *Builder) NotBefore(v time.Time) *Builder                { return b.Claim(NotBeforeKey, v) }
func (b *Builder) Subject(v string) *Builder                     { return b.Claim(SubjectKey, v) }

// Build creates a new token based on the claims that the builder has
// received so far.
func (b *Builder) Build() (Token, error) { return &stdToken{claims: b.claims}, nil }

// Option is the option interface of the package.
type Option interface {
	Ident() interface{}
	Value() interface{}
}

// ParseOption describes an Option that can be passed to `jwt.Parse()`.
type ParseOption interface {
	Option
	parseOption()
	readFileOption()
}

// ValidateOption describes an Option that can be passed to Validate().
type ValidateOption interface {
	Option
	parseOption()
	readFileOption()
	validateOption()
}

// SignOption describes an Option that can be passed to `jwt.Sign()`.
type SignOption interface {
	Option
	signOption()
}

// SignEncryptParseOption describes an Option that can be passed to both
// `jwt.Sign()` or `jwt.Parse()`.
type SignEncryptParseOption interface {
	Option
	parseOption()
	encryptOption()
	readFileOption()
	signOption()
}

type option struct{ ident, value interface{} }

func (o *option) Ident() interface{} { return o.ident }
func (o *option) Value() interface{} { return o.value }
func (*option) parseOption()         {}
func (*option) readFileOption()      {}
func (*option) validateOption()      {}
func (*option) signOption()          {}
func (*option) encryptOption()       {}

// Validator describes interface to validate a Token.
type Validator interface {
	Validate(context.Context, Token) error
}

// WithKey is used to pass a static algorithm/key pair to jwt.Sign(),
// jwt.Parse() and friends.
func WithKey(alg jwa.KeyAlgorithm, key interface{}, suboptions ...Option) SignEncryptParseOption {
	return &option{"key", key}
}

// WithKeySet forces the Parse method to verify the JWT message using one of
// the keys in the given key set.
func WithKeySet(set jwk.Set, options ...interface{}) ParseOption { return &option{"keyset", set} }

// WithVerifyAuto specifies that the JWS verification should be attempted by
// using the data available in the JWS message.
func WithVerifyAuto(f jwk.Fetcher, options ...jwk.FetchOption) ParseOption {
	return &option{"verifyauto", f}
}

// WithIssuer specifies that expected issuer value.
func WithIssuer(s string) ValidateOption { return &option{"iss", s} }

// WithSubject specifies that expected subject value.
func WithSubject(s string) ValidateOption { return &option{"sub", s} }

// WithAudience specifies that expected audience value.
func WithAudience(s string) ValidateOption { return &option{"aud", s} }

// WithClaimValue specifies the expected value for a given claim.
func WithClaimValue(name string, v interface{}) ValidateOption { return &option{name, v} }

// WithRequiredClaim specifies that the claim identified the given name must
// exist in the token.
func WithRequiredClaim(name string) ValidateOption { return &option{"required", name} }

// WithAcceptableSkew specifies the duration in which exp and nbf claims may
// differ by.
func WithAcceptableSkew(v time.Duration) ValidateOption { return &option{"skew", v} }

// WithValidate is passed to `Parse()` method to denote that the validation
// of the JWT token should be performed (or not) after a successful parsing
// of the incoming payload. Validation is enabled by default.
func WithValidate(v bool) ParseOption { return &option{"validate", v} }

// WithVerify is passed to `Parse()` method to denote that the signature
// verification should be performed after a successful deserialization of
// the incoming payload. Verification is enabled by default.
func WithVerify(v bool) ParseOption { return &option{"verify", v} }

// WithValidator validates the token with the given Validator.
func WithValidator(v Validator) ValidateOption { return &option{"validator", v} }

// WithHeaderKey is used to specify header keys to search for tokens.
func WithHeaderKey(v string) ParseOption { return &option{"headerkey", v} }

// WithCookieKey is used to specify cookie keys to search for tokens.
func WithCookieKey(v string) ParseOption { return &option{"cookiekey", v} }

// Parse parses the JWT token payload and creates a new `jwt.Token` object.
// The token must be encoded in JWS compact format, or a raw JSON form of
// JWT without any signatures.
func Parse(s []byte, options ...ParseOption) (Token, error) { return New(), nil }

// ParseString calls Parse against a string.
func ParseString(s string, options ...ParseOption) (Token, error) { return New(), nil }

// ParseReader calls Parse against an io.Reader.
func ParseReader(src io.Reader, options ...ParseOption) (Token, error) { return New(), nil }

// ParseInsecure is exactly the same as Parse(), but it disables signature
// verification and token validation.
func ParseInsecure(s []byte, options ...ParseOption) (Token, error) { return New(), nil }

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
func Sign(t Token, options ...SignOption) ([]byte, error) { return nil, nil }
