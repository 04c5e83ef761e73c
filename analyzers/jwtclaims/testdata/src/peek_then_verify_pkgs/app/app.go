// Package app calls the provider's helpers with a token a client sent.
package app

import (
	"net/http"

	"peek_then_verify_pkgs/provider"
)

// admin trusts the claims LooseClaims read without verifying them.
func admin(p *provider.Provider, w http.ResponseWriter, r *http.Request) {
	claims, err := p.LooseClaims(r.Header.Get("Authorization")) // want `jwt read by LooseClaims, which parses it with ParseUnverified, and never verified`
	if err != nil || claims["role"] != "admin" {
		http.Error(w, "no", http.StatusForbidden)
	}
}

// profile uses ParseIDToken, which verifies the token it peeks at.
func profile(p *provider.Provider, r *http.Request) string {
	claims, err := p.ParseIDToken(r.FormValue("id_token"))
	if err != nil {
		return ""
	}
	sub, _ := claims["sub"].(string)
	return sub
}
