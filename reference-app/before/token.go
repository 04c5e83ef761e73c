package main

import (
	"context"
	"net/http"
	"strings"
	"time"

	"github.com/golang-jwt/jwt/v5"
)

// jwtSecret signs the API tokens; every instance is given the same one.
var jwtSecret []byte

// handleIssueToken gives a logged-in user a bearer token for /api/*, for
// scripts that cannot keep a cookie.
func handleIssueToken(w http.ResponseWriter, r *http.Request) {
	token := jwt.NewWithClaims(jwt.SigningMethodHS256, jwt.MapClaims{
		"sub": currentUser(r),
		"iat": time.Now().Unix(),
	})
	signed, err := token.SignedString(jwtSecret)
	if err != nil {
		writeError(w, http.StatusInternalServerError, "cannot sign token")
		return
	}
	writeJSON(w, http.StatusOK, map[string]string{"access_token": signed, "token_type": "Bearer"})
}

// requireToken authenticates /api/* requests by their bearer token.
func requireToken(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		raw, ok := strings.CutPrefix(r.Header.Get("Authorization"), "Bearer ")
		if !ok {
			writeError(w, http.StatusUnauthorized, "missing bearer token")
			return
		}
		token, err := jwt.Parse(raw, func(*jwt.Token) (any, error) { return jwtSecret, nil })
		if err != nil {
			writeError(w, http.StatusUnauthorized, "invalid token")
			return
		}
		sub, err := token.Claims.GetSubject()
		if err != nil || sub == "" {
			writeError(w, http.StatusUnauthorized, "invalid token")
			return
		}
		next.ServeHTTP(w, r.WithContext(context.WithValue(r.Context(), userKey{}, sub)))
	})
}
