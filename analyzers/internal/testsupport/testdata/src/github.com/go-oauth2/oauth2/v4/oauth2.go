// Package oauth2 is a test stub mirroring the exported API of
// github.com/go-oauth2/oauth2/v4 v4.5.4 used by statecheck's tests.
package oauth2

import "context"

// TokenInfo is an issued token.
type TokenInfo interface{ GetAccess() string }

// TokenStore stores issued tokens.
type TokenStore interface {
	Create(ctx context.Context, info TokenInfo) error
	GetByAccess(ctx context.Context, access string) (TokenInfo, error)
}
