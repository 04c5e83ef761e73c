// Package jwtclaims defines an Analyzer that checks how JSON Web Tokens are
// minted and parsed.
//
// # Analyzer jwtclaims
//
// jwtclaims: report JWTs that never expire, live too long, carry secrets, or are parsed without checking expiry
//
// A JWT is the stateless way to carry a session: any instance can verify it
// without asking another. The price is that a token cannot be taken back
// once issued, so its exp claim is the only thing that ends it. A token
// without exp is valid forever, one with a long exp as good as forever, and
// revoking either needs exactly the shared state JWTs were meant to avoid.
// The stateless design is a short-lived access token (minutes) and a
// refresh token kept in a shared store, where logout deletes it.
//
// jwtclaims understands github.com/golang-jwt/jwt v4 and v5 and
// github.com/lestrrat-go/jwx/v2/jwt, and reports:
//
// Tokens minted without exp. golang-jwt: jwt.NewWithClaims whose claims
// are a MapClaims literal without an "exp" key, a RegisteredClaims (or v4
// StandardClaims) literal without ExpiresAt, or a literal of a struct
// embedding one of them whose embedded claims lack ExpiresAt. The literal
// may be written in the call or held in a local variable; a later store
// of exp into that variable (claims["exp"] = …, claims.ExpiresAt = …)
// counts, and so does any use the analyzer cannot follow (the variable
// passed to another function, its address taken, a method of the program
// called on it). jwt.New, whose claims start empty, is reported when the
// same function signs the token and stores no "exp" into any MapClaims.
// jwx: a jwt.NewBuilder() chain ending in Build with no Expiration and no
// Claim("exp", …), and jwt.New() signed in the same function with no
// Set("exp", …).
//
// Lifetimes over -maxlifetime (default 24h). The exp value is read where it
// is stored (a MapClaims "exp" entry, ExpiresAt, Builder.Expiration,
// Claim or Set of "exp"), following local variables: t.Add(d) with a
// constant duration, t.AddDate(y, m, d) with constant arguments (365-day
// years, 30-day months), or t.Unix()+n with a constant n seconds. A
// lifetime computed at run time (from configuration) is not judged.
//
// Claims that look secret. A claim whose key or Go field name contains one
// of -secretwords as whole words (default: password, passwd, pwd, secret,
// private key, priv key, privkey, credit card, card number, cvv, ssn;
// "clientSecret" and "credit_card_number" match, "secretary" does not)
// and whose value can hold text: string, []byte or an interface. Booleans, numbers and
// times (password_changed_at) are not secrets. Checked in MapClaims
// literals and stores, jwx Claim and Set, and the fields (and json tags)
// of struct types declared in the package that embed RegisteredClaims or
// StandardClaims. A JWT is signed, not encrypted: every holder reads it.
//
// Parsing that skips expiry. golang-jwt's WithoutClaimsValidation, v4's
// Parser{SkipClaimsValidation: true}, jwx's WithValidate(false); jwx's
// WithVerify(false), which skips the signature too; ParseUnverified and
// jwx ParseInsecure, unless the same function also parses with
// verification (reading kid or iss before choosing the key is the usual
// reason to peek). golang-jwt v5 treats exp as optional: jwt.Parse,
// jwt.ParseWithClaims and a Parser from jwt.NewParser without
// WithExpirationRequired accept a token that has none. jwx's Parse
// functions likewise without WithRequiredClaim("exp"). These two are
// reported only when every option is a visible call of the library (an
// opts... argument is trusted), and for v5 not when the claims type has
// its own Validate method, which may require exp. The suggested fix adds
// jwt.WithExpirationRequired() (jwx: jwt.WithRequiredClaim("exp")) to the
// options; for a Parser it edits the jwt.NewParser call, and one parser is
// reported once however many times it parses. golang-jwt v4 has no way to
// require exp when parsing and is not reported for it.
//
// Parsing without pinned signing methods. A golang-jwt parse with neither
// WithValidMethods (nor v4's Parser.ValidMethods) whose keyfunc, followed
// to its body in this package (a function literal, a function or method,
// or a constructor returning one), never looks at token.Method or
// token.Header["alg"] and does not hand the token to another function.
// A keyfunc that cannot be followed (from another package, such as a JWKS
// client) is trusted. jwx binds the algorithm to the key (WithKey) and is
// not checked.
//
// WRONG:
//
//	claims := jwt.MapClaims{"sub": user.ID, "password": user.Password}
//	token := jwt.NewWithClaims(jwt.SigningMethodHS256, claims)
//
//	tok, err := jwt.Parse(raw, func(t *jwt.Token) (any, error) { return key, nil })
//
// RIGHT:
//
//	claims := jwt.RegisteredClaims{
//		Subject:   user.ID,
//		ExpiresAt: jwt.NewNumericDate(time.Now().Add(15 * time.Minute)),
//	}
//	token := jwt.NewWithClaims(jwt.SigningMethodHS256, claims)
//
//	tok, err := jwt.Parse(raw, keyFunc,
//		jwt.WithValidMethods([]string{"HS256"}), jwt.WithExpirationRequired())
//
// Test files are not checked: tokens there are fixtures. Known limits: only
// the libraries and versions named above (not dgrijalva/jwt-go or
// golang-jwt v3, nor jwx v1 or v3); claims built in one function and
// minted in another are followed only through local variables; lifetimes
// must be constant expressions.
package jwtclaims
