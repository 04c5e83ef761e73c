// Package provider mirrors OAuth2 providers that read an id_token's claims
// unverified and verify its signature with a helper of another package.
package provider

import (
	"peek_then_verify_pkgs/jwk"

	"github.com/golang-jwt/jwt/v5"
)

type Provider struct{ jwksURL string }

// ParseIDToken reads the claims and has jwk verify the same token.
func (p *Provider) ParseIDToken(idToken string) (jwt.MapClaims, error) { // want ParseIDToken:"verifies\\[0\\]"
	claims := jwt.MapClaims{}
	if _, _, err := jwt.NewParser().ParseUnverified(idToken, claims); err != nil {
		return nil, err
	}
	if err := jwk.ValidateTokenSignature(idToken, p.jwksURL); err != nil {
		return nil, err
	}
	return claims, nil
}

// LooseClaims hands the token to a helper of the same package that does
// not verify it and returns the claims as read: whether they are trusted
// is its callers' decision, so the finding is at the call that trusts
// them (package app).
func (p *Provider) LooseClaims(idToken string) (jwt.MapClaims, error) { // want LooseClaims:`peeks\[0\]`
	claims := jwt.MapClaims{}
	if _, _, err := jwt.NewParser().ParseUnverified(idToken, claims); err != nil {
		return nil, err
	}
	_ = jwk.Describe(idToken)
	return claims, nil
}
