package maxlifetime_flag

import (
	"time"

	"github.com/golang-jwt/jwt/v5"
)

// Run with -maxlifetime=1h and -secretwords="api key".
func mint(uid, key string) (string, error) {
	return jwt.NewWithClaims(jwt.SigningMethodHS256, jwt.MapClaims{
		"sub":    uid,
		"apiKey": key,                                  // want `jwt claim "apiKey" looks secret \("api key"\)`
		"pwd":    key,                                  // replaced by the flag: not secret here
		"exp":    time.Now().Add(2 * time.Hour).Unix(), // want `jwt lifetime 2h0m0s exceeds 1h0m0s`
	}).SignedString([]byte("k"))
}
