package jwt

// Parser parses and validates tokens.
type Parser struct {
	// If populated, only these methods will be considered valid.
	ValidMethods []string

	// Use JSON Number format in JSON decoder.
	UseJSONNumber bool

	// Skip claims validation during token parsing.
	SkipClaimsValidation bool
}

// NewParser creates a new Parser with the specified options.
func NewParser(options ...ParserOption) *Parser {
	p := &Parser{}
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

// ParseUnverified parses the token but doesn't validate the signature.
func (p *Parser) ParseUnverified(tokenString string, claims Claims) (token *Token, parts []string, err error) {
	return &Token{Claims: claims}, nil, nil
}

// ParserOption is used to implement functional-style options that modify the
// behavior of the parser.
type ParserOption func(*Parser)

// WithValidMethods is an option to supply algorithm methods that the parser
// will check.
func WithValidMethods(methods []string) ParserOption {
	return func(p *Parser) { p.ValidMethods = methods }
}

// WithJSONNumber is an option to configure the underlying JSON parser with
// UseNumber.
func WithJSONNumber() ParserOption {
	return func(p *Parser) { p.UseJSONNumber = true }
}

// WithoutClaimsValidation is an option to disable claims validation.
func WithoutClaimsValidation() ParserOption {
	return func(p *Parser) { p.SkipClaimsValidation = true }
}
