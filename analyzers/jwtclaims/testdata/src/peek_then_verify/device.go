// Package peek_then_verify mirrors services that read a token unverified
// in one function and verify the same raw string in another.
package peek_then_verify

import (
	"errors"
	"net/http"

	jwt "github.com/dgrijalva/jwt-go"
)

type DeviceClaims struct {
	GroupID string `json:"group"`
	jwt.StandardClaims
}

// rawDeviceToken carries the raw token beside the claims read from it
// unverified, so the caller can verify it with the group's secret.
type rawDeviceToken struct {
	Raw    string
	Claims DeviceClaims
}

func secretOf(group string) []byte { return []byte(group) }

// extractRaw peeks at the group id; authenticate verifies the same raw
// token (through the Raw field) with the group's secret.
func extractRaw(r *http.Request) (*rawDeviceToken, error) {
	raw := r.Header.Get("Authorization")
	tk, _, err := new(jwt.Parser).ParseUnverified(raw, &DeviceClaims{})
	if err != nil {
		return nil, err
	}
	return &rawDeviceToken{Raw: raw, Claims: *tk.Claims.(*DeviceClaims)}, nil
}

func checkDevice(t rawDeviceToken) (*DeviceClaims, error) {
	secret := secretOf(t.Claims.GroupID)
	tk, err := jwt.ParseWithClaims(t.Raw, &DeviceClaims{}, func(*jwt.Token) (interface{}, error) {
		return secret, nil
	})
	if err != nil {
		return nil, err
	}
	return tk.Claims.(*DeviceClaims), nil
}

func authenticate(w http.ResponseWriter, r *http.Request) {
	tk, err := extractRaw(r)
	if err != nil {
		return
	}
	if _, err := checkDevice(*tk); err != nil {
		http.Error(w, "no", http.StatusUnauthorized)
	}
}

// peekGroup is the same helper with no verifier behind it: the group id
// it returns decides access, and nothing in the package verifies the
// token it read.
func peekGroup(r *http.Request) (string, error) {
	raw := r.Header.Get("X-Device-Token")
	tk, _, err := new(jwt.Parser).ParseUnverified(raw, &DeviceClaims{}) // want `jwt parsed with ParseUnverified and never verified`
	if err != nil {
		return "", err
	}
	return tk.Claims.(*DeviceClaims).GroupID, nil
}

func deviceOnly(w http.ResponseWriter, r *http.Request) {
	if g, err := peekGroup(r); err != nil || g != "admin" {
		http.Error(w, "no", http.StatusForbidden)
	}
}

// issuerOf reads iss to pick the key; its caller verifies the token it
// passed in with that key.
func issuerOf(raw string) (string, error) {
	var c jwt.StandardClaims
	if _, _, err := new(jwt.Parser).ParseUnverified(raw, &c); err != nil {
		return "", err
	}
	return c.Issuer, nil
}

func verifyWithIssuerKey(w http.ResponseWriter, r *http.Request) {
	raw := r.Header.Get("Authorization")
	iss, err := issuerOf(raw)
	if err != nil {
		return
	}
	if _, err := jwt.Parse(raw, func(*jwt.Token) (interface{}, error) { return secretOf(iss), nil }); err != nil {
		http.Error(w, "no", http.StatusUnauthorized)
	}
}

// kidOf is called by a handler that verifies another token (the refresh
// token from a form) but trusts the one whose kid it read.
func kidOf(raw string) string {
	tk, _, err := new(jwt.Parser).ParseUnverified(raw, jwt.MapClaims{}) // want `jwt parsed with ParseUnverified and never verified`
	if err != nil {
		return ""
	}
	kid, _ := tk.Header["kid"].(string)
	return kid
}

func refresh(w http.ResponseWriter, r *http.Request) {
	if kidOf(r.Header.Get("Authorization")) == "" {
		return
	}
	if _, err := jwt.Parse(r.FormValue("refresh"), func(*jwt.Token) (interface{}, error) { return secretOf("r"), nil }); err != nil {
		http.Error(w, "no", http.StatusUnauthorized)
	}
}

// inspect peeks and hands the raw token to a helper that verifies it.
func inspect(raw string) (*jwt.Token, error) {
	tk, _, err := new(jwt.Parser).ParseUnverified(raw, jwt.MapClaims{})
	if err != nil {
		return nil, err
	}
	kid, _ := tk.Header["kid"].(string)
	return verifyKid(raw, kid)
}

func verifyKid(raw, kid string) (*jwt.Token, error) {
	if kid == "" {
		return nil, errors.New("no kid")
	}
	return jwt.Parse(raw, func(*jwt.Token) (interface{}, error) { return secretOf(kid), nil })
}
