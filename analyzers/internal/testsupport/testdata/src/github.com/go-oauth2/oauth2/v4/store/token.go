// Package store is a test stub mirroring the exported API of
// github.com/go-oauth2/oauth2/v4/store v4.5.4 used by statecheck's tests.
package store

import (
	"context"

	"github.com/go-oauth2/oauth2/v4"
)

// TokenStore is a buntdb-backed token store.
type TokenStore struct{}

func (ts *TokenStore) Create(ctx context.Context, info oauth2.TokenInfo) error { return nil }
func (ts *TokenStore) GetByAccess(ctx context.Context, access string) (oauth2.TokenInfo, error) {
	return nil, nil
}

// NewMemoryTokenStore creates a token store in memory.
func NewMemoryTokenStore() (oauth2.TokenStore, error) { return &TokenStore{}, nil }

// NewFileTokenStore creates a token store in a file.
func NewFileTokenStore(filename string) (oauth2.TokenStore, error) { return &TokenStore{}, nil }
