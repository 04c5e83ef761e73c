package jwt

import "time"

// Parser parses and validates tokens.
type Parser struct {
	validMethods         []string
	skipClaimsValidation bool
	validator            *Validator
}

// NewParser creates a new Parser with the specified options.
func NewParser(options ...ParserOption) *Parser {
	p := &Parser{validator: &Validator{}}
	for _, option := range options {
		option(p)
	}
	return p
}

// Parse parses, validates, verifies the signature and returns the parsed
// token.
func (p *Parser) Parse(tokenString string, keyFunc Keyfunc) (*Token, error) {
	return p.ParseWithClaims(tokenString, MapClaims{}, keyFunc)
}

// ParseWithClaims is like Parse but with custom claims.
func (p *Parser) ParseWithClaims(tokenString string, claims Claims, keyFunc Keyfunc) (*Token, error) {
	return &Token{Claims: claims}, nil
}

// ParseUnverified parses the token but does not validate the signature.
func (p *Parser) ParseUnverified(tokenString string, claims Claims) (token *Token, parts []string, err error) {
	return &Token{Claims: claims}, nil, nil
}

// Parse parses, validates, verifies the signature and returns the parsed
// token.
func Parse(tokenString string, keyFunc Keyfunc, options ...ParserOption) (*Token, error) {
	return NewParser(options...).Parse(tokenString, keyFunc)
}

// ParseWithClaims is a shortcut for NewParser().ParseWithClaims().
func ParseWithClaims(tokenString string, claims Claims, keyFunc Keyfunc, options ...ParserOption) (*Token, error) {
	return NewParser(options...).ParseWithClaims(tokenString, claims, keyFunc)
}

// ParserOption is used to implement functional-style options that modify the
// behavior of the parser.
type ParserOption func(*Parser)

// WithValidMethods is an option to supply algorithm methods that the parser
// will check.
func WithValidMethods(methods []string) ParserOption {
	return func(p *Parser) { p.validMethods = methods }
}

// WithJSONNumber is an option to configure the underlying JSON parser with
// UseNumber.
func WithJSONNumber() ParserOption { return func(p *Parser) {} }

// WithoutClaimsValidation is an option to disable claims validation.
func WithoutClaimsValidation() ParserOption {
	return func(p *Parser) { p.skipClaimsValidation = true }
}

// WithLeeway returns the ParserOption for specifying the leeway window.
func WithLeeway(leeway time.Duration) ParserOption { return func(p *Parser) {} }

// WithTimeFunc returns the ParserOption for specifying the time func.
func WithTimeFunc(f func() time.Time) ParserOption { return func(p *Parser) {} }

// WithIssuedAt returns the ParserOption to enable verification of issued-at.
func WithIssuedAt() ParserOption { return func(p *Parser) {} }

// WithExpirationRequired returns the ParserOption to make exp claim
// required. By default exp claim is optional.
func WithExpirationRequired() ParserOption {
	return func(p *Parser) { p.validator.requireExp = true }
}

// WithNotBeforeRequired returns the ParserOption to make nbf claim required.
func WithNotBeforeRequired() ParserOption { return func(p *Parser) {} }

// WithAudience configures the validator to require any of the specified
// audiences in the aud claim.
func WithAudience(aud ...string) ParserOption { return func(p *Parser) {} }

// WithAllAudiences configures the validator to require all the specified
// audiences in the aud claim.
func WithAllAudiences(aud ...string) ParserOption { return func(p *Parser) {} }

// WithIssuer configures the validator to require the specified issuer.
func WithIssuer(iss string) ParserOption { return func(p *Parser) {} }

// WithSubject configures the validator to require the specified subject.
func WithSubject(sub string) ParserOption { return func(p *Parser) {} }

// WithPaddingAllowed enables the codec used for decoding JWTs to allow
// padding.
func WithPaddingAllowed() ParserOption { return func(p *Parser) {} }

// WithStrictDecoding enables strict decoding.
func WithStrictDecoding() ParserOption { return func(p *Parser) {} }

// Validator is the core of the new Validation API.
type Validator struct {
	requireExp bool
}

// NewValidator can be used to create a stand-alone validator with the
// supplied options.
func NewValidator(opts ...ParserOption) *Validator { return &Validator{} }

// Validate validates the given claims.
func (v *Validator) Validate(claims Claims) error { return nil }
