package peek_then_verify

import (
	"net/http"
	"strings"

	"gopkg.in/square/go-jose.v2/jwt"
)

// extClient mirrors an authentication client whose framework calls Test
// to route the request and then Authenticate: Test peeks at the issuer,
// Authenticate verifies the token read the same way.
type extClient struct{ key interface{} }

func (s *extClient) token(r *http.Request) string {
	return strings.TrimPrefix(r.Header.Get("Authorization"), "Bearer ")
}

func (s *extClient) Test(r *http.Request) bool {
	parsed, err := jwt.ParseSigned(s.token(r))
	if err != nil {
		return false
	}
	var claims jwt.Claims
	if err := parsed.UnsafeClaimsWithoutVerification(&claims); err != nil {
		return false
	}
	return claims.Issuer == "https://issuer"
}

func (s *extClient) Authenticate(r *http.Request) (map[string]interface{}, error) {
	return s.verify(s.token(r))
}

func (s *extClient) verify(raw string) (map[string]interface{}, error) {
	parsed, err := jwt.ParseSigned(raw)
	if err != nil {
		return nil, err
	}
	var all map[string]interface{}
	if err := parsed.Claims(s.key, &all); err != nil {
		return nil, err
	}
	return all, nil
}

// audit reads the subject of a token from a header nothing verifies.
func audit(r *http.Request) string {
	parsed, err := jwt.ParseSigned(r.Header.Get("X-Forwarded-Token"))
	if err != nil {
		return ""
	}
	var claims jwt.Claims
	if err := parsed.UnsafeClaimsWithoutVerification(&claims); err != nil { // want `jwt parsed with UnsafeClaimsWithoutVerification and never verified`
		return ""
	}
	return claims.Subject
}
