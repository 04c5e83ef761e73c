package token

import (
	"crypto/rand"
	"crypto/rsa"
	"errors"
	"strings"
	"testing"
	"time"

	"github.com/golang-jwt/jwt/v5"
)

var key = []byte(strings.Repeat("k", 32))

func newTestIssuer(now time.Time) *Issuer {
	i := NewIssuer(key, "shop", nil)
	i.now = func() time.Time { return now }
	return i
}

func TestSignAndVerify(t *testing.T) {
	now := time.Now()
	i := newTestIssuer(now)
	tok, err := i.sign("alice")
	if err != nil {
		t.Fatal(err)
	}
	user, err := i.Verify(tok)
	if err != nil || user != "alice" {
		t.Fatalf("Verify = %q, %v", user, err)
	}

	var claims jwt.RegisteredClaims
	if _, _, err := jwt.NewParser().ParseUnverified(tok, &claims); err != nil {
		t.Fatal(err)
	}
	if got := claims.ExpiresAt.Sub(now); got > AccessTTL || got < AccessTTL-time.Second {
		t.Errorf("token lives %v, want %v", got, AccessTTL)
	}
}

func TestVerifyRejects(t *testing.T) {
	now := time.Now()
	i := newTestIssuer(now)
	valid := jwt.RegisteredClaims{
		Issuer:    "shop",
		Subject:   "alice",
		Audience:  jwt.ClaimStrings{audience},
		IssuedAt:  jwt.NewNumericDate(now),
		ExpiresAt: jwt.NewNumericDate(now.Add(AccessTTL)),
	}
	with := func(edit func(*jwt.RegisteredClaims)) jwt.RegisteredClaims {
		c := valid
		edit(&c)
		return c
	}
	hmac := func(m jwt.SigningMethod, c jwt.Claims, k []byte) string {
		s, err := jwt.NewWithClaims(m, c).SignedString(k)
		if err != nil {
			t.Fatal(err)
		}
		return s
	}
	rsaKey, err := rsa.GenerateKey(rand.Reader, 2048)
	if err != nil {
		t.Fatal(err)
	}
	rs256, err := jwt.NewWithClaims(jwt.SigningMethodRS256, valid).SignedString(rsaKey)
	if err != nil {
		t.Fatal(err)
	}
	none, err := jwt.NewWithClaims(jwt.SigningMethodNone, valid).SignedString(jwt.UnsafeAllowNoneSignatureType)
	if err != nil {
		t.Fatal(err)
	}

	tests := map[string]string{
		"no exp":         hmac(jwt.SigningMethodHS256, with(func(c *jwt.RegisteredClaims) { c.ExpiresAt = nil }), key),
		"expired":        hmac(jwt.SigningMethodHS256, with(func(c *jwt.RegisteredClaims) { c.ExpiresAt = jwt.NewNumericDate(now.Add(-time.Minute)) }), key),
		"issued later":   hmac(jwt.SigningMethodHS256, with(func(c *jwt.RegisteredClaims) { c.IssuedAt = jwt.NewNumericDate(now.Add(time.Hour)) }), key),
		"other issuer":   hmac(jwt.SigningMethodHS256, with(func(c *jwt.RegisteredClaims) { c.Issuer = "evil" }), key),
		"other audience": hmac(jwt.SigningMethodHS256, with(func(c *jwt.RegisteredClaims) { c.Audience = jwt.ClaimStrings{"other"} }), key),
		"no subject":     hmac(jwt.SigningMethodHS256, with(func(c *jwt.RegisteredClaims) { c.Subject = "" }), key),
		"other key":      hmac(jwt.SigningMethodHS256, valid, []byte(strings.Repeat("x", 32))),
		"HS384":          hmac(jwt.SigningMethodHS384, valid, key),
		"RS256":          rs256,
		"alg none":       none,
		"garbage":        "not.a.token",
	}
	for name, tok := range tests {
		if user, err := i.Verify(tok); !errors.Is(err, ErrInvalid) {
			t.Errorf("%s: Verify = %q, %v; want ErrInvalid", name, user, err)
		}
	}
}

func TestRefreshKeyHidesToken(t *testing.T) {
	tok := rand.Text()
	if k := refreshKey(tok); strings.Contains(k, tok) {
		t.Errorf("refreshKey(%q) = %q", tok, k)
	}
}
