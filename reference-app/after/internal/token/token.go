// Package token issues the API's bearer tokens: a short-lived JWT access
// token that any instance verifies with the shared key, and an opaque
// refresh token kept in Redis so that it can be revoked.
//
// Access tokens live 15 minutes and are not revocable; that window is the
// price of checking them without a round trip. Refresh tokens are single
// use: refreshing consumes the old one, so a stolen refresh token stops
// working as soon as either party uses it.
package token

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"time"

	"github.com/golang-jwt/jwt/v5"
	"github.com/redis/go-redis/v9"

	"github.com/statecheck/statecheck/reference-app/after/internal/randid"
)

const (
	// AccessTTL is the lifetime of an access token.
	AccessTTL = 15 * time.Minute
	// RefreshTTL is the lifetime of an unused refresh token.
	RefreshTTL = 30 * 24 * time.Hour

	audience = "shop-api"
	// leeway absorbs clock skew between instances.
	leeway = 30 * time.Second
)

// ErrInvalid means a token is malformed, forged, expired or revoked.
var ErrInvalid = errors.New("invalid or expired token")

// Pair is what a client receives when it asks for tokens.
type Pair struct {
	AccessToken  string `json:"access_token"`
	TokenType    string `json:"token_type"`
	ExpiresIn    int    `json:"expires_in"`
	RefreshToken string `json:"refresh_token"`
}

// Issuer issues and checks tokens.
type Issuer struct {
	key    []byte
	issuer string
	rdb    redis.Cmdable
	now    func() time.Time
}

// NewIssuer returns an Issuer that signs with key (HMAC-SHA256) as issuer
// and keeps refresh tokens in rdb.
func NewIssuer(key []byte, issuer string, rdb redis.Cmdable) *Issuer {
	return &Issuer{key: key, issuer: issuer, rdb: rdb, now: time.Now}
}

// Issue returns a new token pair for user.
func (i *Issuer) Issue(ctx context.Context, user string) (Pair, error) {
	access, err := i.sign(user)
	if err != nil {
		return Pair{}, err
	}
	refresh := randid.New()
	if err := i.rdb.Set(ctx, refreshKey(refresh), user, RefreshTTL).Err(); err != nil {
		return Pair{}, fmt.Errorf("store refresh token: %w", err)
	}
	return Pair{
		AccessToken:  access,
		TokenType:    "Bearer",
		ExpiresIn:    int(AccessTTL / time.Second),
		RefreshToken: refresh,
	}, nil
}

func (i *Issuer) sign(user string) (string, error) {
	now := i.now()
	claims := jwt.RegisteredClaims{
		Issuer:    i.issuer,
		Subject:   user,
		Audience:  jwt.ClaimStrings{audience},
		IssuedAt:  jwt.NewNumericDate(now),
		NotBefore: jwt.NewNumericDate(now),
		ExpiresAt: jwt.NewNumericDate(now.Add(AccessTTL)),
		ID:        randid.New(),
	}
	s, err := jwt.NewWithClaims(jwt.SigningMethodHS256, claims).SignedString(i.key)
	if err != nil {
		return "", fmt.Errorf("sign access token: %w", err)
	}
	return s, nil
}

// Verify checks an access token and returns its user. The algorithm is
// pinned to HS256 and exp is required, so neither "alg": "none", a
// public-key confusion, nor a token without expiry gets through.
func (i *Issuer) Verify(raw string) (string, error) {
	parser := jwt.NewParser(
		jwt.WithValidMethods([]string{jwt.SigningMethodHS256.Alg()}),
		jwt.WithExpirationRequired(),
		jwt.WithIssuedAt(),
		jwt.WithIssuer(i.issuer),
		jwt.WithAudience(audience),
		jwt.WithLeeway(leeway),
		jwt.WithTimeFunc(i.now),
	)
	var claims jwt.RegisteredClaims
	if _, err := parser.ParseWithClaims(raw, &claims, func(*jwt.Token) (any, error) { return i.key, nil }); err != nil {
		return "", fmt.Errorf("%w: %v", ErrInvalid, err)
	}
	if claims.Subject == "" {
		return "", fmt.Errorf("%w: no subject", ErrInvalid)
	}
	return claims.Subject, nil
}

// Refresh consumes refreshToken and returns a new pair for its user.
func (i *Issuer) Refresh(ctx context.Context, refreshToken string) (Pair, error) {
	if !randid.Valid(refreshToken) {
		return Pair{}, ErrInvalid
	}
	user, err := i.rdb.GetDel(ctx, refreshKey(refreshToken)).Result()
	if errors.Is(err, redis.Nil) {
		return Pair{}, ErrInvalid
	}
	if err != nil {
		return Pair{}, fmt.Errorf("read refresh token: %w", err)
	}
	return i.Issue(ctx, user)
}

// Revoke makes refreshToken unusable. Revoking an unknown token is not an
// error, so that revocation can be retried safely.
func (i *Issuer) Revoke(ctx context.Context, refreshToken string) error {
	if err := i.rdb.Del(ctx, refreshKey(refreshToken)).Err(); err != nil {
		return fmt.Errorf("revoke refresh token: %w", err)
	}
	return nil
}

// refreshKey hashes the token so that a dump of Redis yields no usable
// refresh tokens.
func refreshKey(t string) string {
	sum := sha256.Sum256([]byte(t))
	return "refresh:" + hex.EncodeToString(sum[:])
}
