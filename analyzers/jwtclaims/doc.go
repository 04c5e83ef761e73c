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
// jwtclaims understands github.com/golang-jwt/jwt (v3, v4, v5) and the
// jwt-go it continues (github.com/dgrijalva/jwt-go,
// github.com/form3tech-oss/jwt-go), github.com/lestrrat-go/jwx (v1, v2,
// v3), go-jose's jwt (github.com/go-jose/go-jose v3 and v4,
// gopkg.in/square/go-jose.v2), github.com/kataras/jwt and
// github.com/cristalhq/jwt (v3 to v5).
//
// On by default it reports what is a bug whatever the service does with
// its tokens:
//
// Tokens minted without exp. golang-jwt and jwt-go: NewWithClaims whose
// claims are a MapClaims literal without an "exp" key, a RegisteredClaims
// (or StandardClaims) literal without ExpiresAt, or a literal of a struct
// embedding one of them whose embedded claims lack ExpiresAt; go-jose: a
// Signed(…).Claims(…)…Serialize chain none of whose claims sets Expiry;
// kataras/jwt: Sign with no MaxAge option and claims without Expiry;
// cristalhq/jwt: Builder.Build with claims without ExpiresAt. The literal
// may be written in the call or held in a local variable; a later store
// of exp into that variable (claims["exp"] = …, claims.ExpiresAt = …)
// counts, and so does any use the analyzer cannot follow (the variable
// passed to another function, its address taken, a method of the program
// called on it). golang-jwt's New, whose claims start empty, is reported
// when the same function signs the token and stores no "exp" into any
// MapClaims. jwx: a NewBuilder() chain ending in Build with no Expiration
// and no Claim("exp", …), and New() signed in the same function (with
// jwt.Sign, or serialized by json.Marshal and signed with jws.Sign) with
// no Set("exp", …).
//
// Claims types with no exp at all: a struct of the package handed to a
// minting call that embeds no registered claims, has no field encoded as
// "exp" and no MarshalJSON (golang-jwt v5: a GetExpirationTime that only
// returns nil). Every token of that type lives forever; reported once per
// type.
//
// Lifetimes over -maxlifetime (default 24h). The exp value is read where it
// is stored (a MapClaims "exp" entry, ExpiresAt or Expiry, jwx
// Builder.Expiration, Claim or Set of "exp", kataras MaxAge), following
// local variables: t.Add(d) with a constant duration, t.AddDate(y, m, d)
// with constant arguments (365-day years, 30-day months), or t.Unix()+n
// with a constant n seconds. When d is not constant at the mint but a
// parameter of the minting function, the lifetime is carried to the
// callers, through wrappers and, as facts, across packages: a call passing
// a constant over the limit (issue(u, 30*24*time.Hour)) is reported there,
// with the mint as related information. When d is a struct field (a
// configuration's TokenTTL, or time.Duration(cfg.ExpireHours)*time.Hour),
// its constant defaults are judged: a composite literal, an assignment, or
// a flag (pflag) DurationVar or IntVar default, reported at the default
// when it is in the same package and at the mint, naming it, when it is
// in another. A lifetime computed at run time otherwise (read from the
// environment) is not judged.
//
// Claims that look secret. A claim whose key or Go field name contains one
// of -secretwords as whole words (default: password, passwd, pwd, secret,
// private key, priv key, privkey, credit card, card number, cvv, ssn;
// "clientSecret" and "credit_card_number" match, "secretary" does not)
// and whose value can hold text: string, []byte or an interface. Booleans,
// numbers and times (password_changed_at) are not secrets. Checked in
// MapClaims literals and stores, jwx Claim and Set, and the fields (and
// json tags) of the package's struct types that embed any library's
// registered claims or are handed to any library's minting call. A JWT is
// signed, not encrypted: every holder reads it.
//
// Parsing that skips validation. golang-jwt's WithoutClaimsValidation,
// Parser{SkipClaimsValidation: true}; jwx's WithValidate(false), and v2
// and v3's WithVerify(false), which skips the signature too; jwx v1's
// Parse with a key but neither WithValidate(true) nor a jwt.Validate call
// in the same function, since v1 validates only when asked. Parsing that
// never verifies: golang-jwt's ParseUnverified, jwx's ParseInsecure (and
// a v1 Parse with no key option), go-jose's
// UnsafeClaimsWithoutVerification, kataras's Decode, cristalhq's
// ParseNoVerify (v3: Parse and ParseString), each unless the same
// function also parses with verification, or the package verifies the
// same token elsewhere (reading kid or iss before choosing the key is
// the usual reason to peek, and the peek often sits in a helper). The
// same token: the two parses are traced back, through variables,
// parameters to their call sites in the package, string helpers and the
// library's decoding steps, and they meet at a variable, at a field that
// carries the raw token to the verifier, or at a function of the package
// that returns it (a Test method and an Authenticate method that both
// read it with the same getter); a function of another package that
// verifies a token it is given (carried as a fact) counts as verifying
// it, and so does a method of an interface of another package whose
// every implementation in that package verifies it (an App interface
// whose FindAuthRecordByToken peeks at the token to choose the key, then
// verifies). Neither these nor the options that switch validation off
// are reported in a function that acts as an HTTP client (it sends a
// request or reads an *http.Response): the token is one an upstream
// server issued to this program, read for its exp, not one a client
// presents to be trusted.
//
// An exported helper that parses its parameter unverified and hands the
// claims back (ParseUnverifiedJWT(token) returning them) is not where the
// claims are trusted: its callers are, and they sit in other packages,
// analyzed after it, that it cannot see. Such a helper is not reported;
// each call of it is judged as the parse itself would be, in the
// caller's function and package (verified there, read by a client, or
// the program's own token, else reported at the call, with the helper's
// parse as related information); so is a call through an interface
// whose implementations beside it are all such helpers. A caller that is
// itself such a helper passes the judgement on to its own callers; a
// function literal of that
// shape (a scripting binding exposing the helper) has no callers in
// sight and is quiet. An exported helper nobody in the program calls is
// therefore not reported.
//
// Nor is a token reported that is the program's own: one it signed
// itself (SignedString, jwx or jws Sign, go-jose's serializers, kataras's
// Sign) and reads back, for its exp to set a cookie's Expires, say, or
// the id_token of an *oauth2.Token, which golang.org/x/oauth2 fills from
// the identity provider's token endpoint over TLS (OpenID Connect lets a
// client skip the signature of a token it received that way). Every
// place the parsed token can come from must be such a token: variables,
// a parameter whose every call site in the package passes one, a
// function of the package whose every return does, or one of another
// package that returns one on every return (a fact); a constant ("" on
// an error path) does not count against it. A token taken from the
// request, or
// one that is the program's own on some paths only, is reported.
//
// Off by default, under -strict, are two rules that are good hygiene
// rather than bugs, and that users read as noise on code that mints every
// token with exp: golang-jwt already rejects an expired token and a key of
// the wrong type for the algorithm.
//
// Parsing without requiring exp (-strict). golang-jwt v5 treats exp as
// optional: jwt.Parse, jwt.ParseWithClaims and a Parser from
// jwt.NewParser without WithExpirationRequired accept a token that has
// none. jwx v2 and v3 Parse functions likewise without
// WithRequiredClaim("exp"). Reported only when every option is a visible
// call of the library (an opts... argument is trusted), and for v5 not
// when the claims type has its own Validate method, which may require
// exp. The suggested fix adds jwt.WithExpirationRequired() (jwx:
// jwt.WithRequiredClaim("exp")) to the options; for a Parser it edits the
// jwt.NewParser call, and one parser is reported once however many times
// it parses. golang-jwt v4 has no way to require exp when parsing and is
// not reported for it.
//
// Parsing without pinned signing methods (-strict). A golang-jwt parse
// with neither WithValidMethods (nor the Parser's ValidMethods) whose
// keyfunc, followed to its body in this package (a function literal, a
// function or method, or a constructor returning one), never looks at
// token.Method or token.Header["alg"] and does not hand the token to
// another function. A keyfunc that cannot be followed (from another
// package, such as a JWKS client) is trusted. jwx binds the algorithm to
// the key (WithKey) and is not checked.
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
// Severity: the check's findings are errors, but for two kinds, which the
// diagnostic's category marks and statecheck reports as warnings: a
// lifetime over -maxlifetime by at most twice it (category lifetime: a
// policy line crossed, where a 25-hour token is not yet the bug a
// 30-day one is; beyond twice the limit the finding has no category and
// is an error), and the -strict rules (category strict). A severity set
// for the check in .statecheck.yml applies to all of them.
//
// Test files are not checked: tokens there are fixtures. Known limits:
// only the libraries named above; claims built in one function and minted
// in another are followed only through local variables and parameters
// whose callers pass constants; go-jose claims read with Claims but never
// checked with Validate, and cristalhq tokens never checked with
// IsValidAt, are not reported (both libraries leave that to the caller,
// and the check may sit anywhere); a token peeked at in one package and
// verified by a caller in another package is judged only when the peek
// sits in an exported helper that returns what it read; an interface
// method counts as verifying only through the implementations declared
// beside the interface; an *oauth2.Token whose extras the program sets
// itself (WithExtra) is still taken as the token endpoint's.
package jwtclaims
