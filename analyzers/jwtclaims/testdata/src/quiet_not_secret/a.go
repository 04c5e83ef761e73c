package quiet_not_secret

import (
	"time"

	"github.com/golang-jwt/jwt/v5"
)

var key = []byte("k")

type Claims struct {
	HasPassword       bool      `json:"has_password"`
	PasswordChangedAt time.Time `json:"password_changed_at"`
	Secretary         string    `json:"secretary"`
	SecretHash        string    `json:"-"`
	jwt.RegisteredClaims
}

func mint(uid string, changed time.Time) (string, error) {
	return jwt.NewWithClaims(jwt.SigningMethodHS256, jwt.MapClaims{
		"sub":                 uid,
		"password_changed_at": changed.Unix(),
		"mfa_secret_set":      true,
		"exp":                 time.Now().Add(10 * time.Minute).Unix(),
	}).SignedString(key)
}
