// Package handlers mirrors handlers that set a cookie's Expires from the
// exp of the access token they just minted, read without verifying it.
package handlers

import (
	"net/http"
	"time"

	"github.com/golang-jwt/jwt/v5"

	"own_tokens/services"
)

func expiryOf(token string) time.Time {
	claims := jwt.MapClaims{}
	if _, _, err := new(jwt.Parser).ParseUnverified(token, claims); err != nil {
		return time.Now().Add(15 * time.Minute)
	}
	exp, _ := claims["exp"].(float64)
	return time.Unix(int64(exp), 0)
}

func setCookie(w http.ResponseWriter, token string) {
	http.SetCookie(w, &http.Cookie{Name: "jwt", Value: token, Expires: expiryOf(token)})
}

func login(s *services.AuthService, w http.ResponseWriter, r *http.Request) {
	access, _, err := s.Login(r.FormValue("user"))
	if err != nil {
		return
	}
	setCookie(w, access)
}

func refresh(s *services.AuthService, w http.ResponseWriter, r *http.Request) {
	access, err := s.Refresh(r.FormValue("user"))
	if err == nil {
		setCookie(w, access)
	}
}

// mintAndRead signs a token and reads it back in the same function.
func mintAndRead(key []byte) (time.Time, error) {
	signed, err := jwt.NewWithClaims(jwt.SigningMethodHS256, jwt.MapClaims{"exp": time.Now().Add(time.Hour).Unix()}).SignedString(key)
	if err != nil {
		return time.Time{}, err
	}
	claims := jwt.MapClaims{}
	if _, _, err := jwt.NewParser().ParseUnverified(signed, claims); err != nil {
		return time.Time{}, err
	}
	exp, err := claims.GetExpirationTime()
	return exp.Time, err
}

func remainingOf(token string) time.Duration {
	claims := jwt.MapClaims{}
	if _, _, err := new(jwt.Parser).ParseUnverified(token, claims); err != nil { // want `jwt parsed with ParseUnverified and never verified`
		return 0
	}
	exp, _ := claims["exp"].(float64)
	return time.Until(time.Unix(int64(exp), 0))
}

// session reads the exp of the token the client sent, which nothing
// verifies, and of the refresh token the store returned beside the
// minted one: neither is the program's own minted token.
func session(s *services.AuthService, w http.ResponseWriter, r *http.Request) {
	if c, err := r.Cookie("jwt"); err == nil && remainingOf(c.Value) > 0 {
		w.WriteHeader(http.StatusNoContent)
	}
	_, refreshToken, _ := s.Login("u")
	_ = remainingOf(refreshToken)
}
