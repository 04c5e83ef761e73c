// Package services mirrors an auth service that mints access tokens and
// returns them beside refresh tokens kept in a store.
package services

import (
	"time"

	"github.com/golang-jwt/jwt/v5"
)

type AuthService struct {
	secret []byte
	ttl    time.Duration
	store  map[string]string
}

func (s *AuthService) accessToken(user string) (string, error) {
	claims := jwt.MapClaims{"sub": user, "exp": time.Now().Add(15 * time.Minute).Unix()}
	tokenString, err := jwt.NewWithClaims(jwt.SigningMethodHS256, claims).SignedString(s.secret)
	if err != nil {
		return "", err
	}
	return tokenString, nil
}

// Login returns a minted access token and a refresh token from the store.
func (s *AuthService) Login(user string) (accessToken, refreshToken string, err error) { // want Login:`owntoken\[0\]`
	accessToken, err = s.accessToken(user)
	if err != nil {
		return "", "", err
	}
	refreshToken = s.store[user]
	return accessToken, refreshToken, nil
}

// Refresh returns a new access token on named results and a bare return.
func (s *AuthService) Refresh(user string) (accessToken string, err error) { // want Refresh:`owntoken\[0\]`
	accessToken, err = s.accessToken(user)
	return
}
