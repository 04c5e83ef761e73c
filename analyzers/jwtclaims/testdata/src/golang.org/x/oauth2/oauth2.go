// Package oauth2 is a test stub mirroring the part of golang.org/x/oauth2
// v0.36.0 that statecheck's tests use: the token a Config's Exchange
// returns and the extra fields of the token endpoint's response. Signatures
// match the real module; bodies do nothing useful.
package oauth2

import (
	"context"
	"time"
)

// Token is the token endpoint's response.
type Token struct {
	AccessToken  string
	TokenType    string
	RefreshToken string
	Expiry       time.Time
	ExpiresIn    int64
	raw          any
}

// Extra returns an extra field of the token endpoint's response, such as
// an OpenID Connect id_token.
func (t *Token) Extra(key string) any { return nil }

// WithExtra returns a copy of t with extra fields.
func (t *Token) WithExtra(extra any) *Token { return t }

// Valid reports whether t is non-nil, has an AccessToken, and is not expired.
func (t *Token) Valid() bool { return t != nil }

type Endpoint struct {
	AuthURL, TokenURL string
}

type AuthCodeOption interface{}

type Config struct {
	ClientID     string
	ClientSecret string
	Endpoint     Endpoint
	RedirectURL  string
	Scopes       []string
}

// Exchange converts an authorization code into a token.
func (c *Config) Exchange(ctx context.Context, code string, opts ...AuthCodeOption) (*Token, error) {
	return nil, nil
}
