package quiet_test_fixtures

import (
	"testing"

	"github.com/golang-jwt/jwt/v5"
)

func TestExpiredTokenRejected(t *testing.T) {
	raw, _ := jwt.NewWithClaims(jwt.SigningMethodHS256, jwt.MapClaims{"sub": "u", "password": "x"}).SignedString([]byte("k"))
	if _, err := jwt.Parse(raw, func(*jwt.Token) (any, error) { return []byte("k"), nil }); err != nil {
		t.Log(err)
	}
}
