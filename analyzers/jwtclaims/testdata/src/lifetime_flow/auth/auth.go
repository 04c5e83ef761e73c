package auth

import (
	"flag"
	"time"

	"github.com/golang-jwt/jwt/v5"

	"lifetime_flow/config"
)

var key = []byte("k")

// Issue mints a token living ttl: the callers choose the lifetime.
func Issue(uid string, ttl time.Duration) (string, error) { // want Issue:`lifetime\[\{1 1 auth.go:18\}\]` Issue:`owntoken\[0\]`
	return jwt.NewWithClaims(jwt.SigningMethodHS256, jwt.RegisteredClaims{
		Subject:   uid,
		ExpiresAt: jwt.NewNumericDate(time.Now().Add(ttl)),
	}).SignedString(key)
}

// Remember passes its lifetime on to Issue.
func Remember(uid string, d time.Duration) (string, error) { return Issue(uid, d) } // want Remember:`lifetime\[\{1 1 auth.go:18\}\]` Remember:`owntoken\[0\]`

func login(uid string) (string, error) {
	return Issue(uid, 30*24*time.Hour) // want `jwt lifetime 720h0m0s exceeds 24h0m0s: passed to Issue, which mints a token with it`
}

func rememberMe(uid string) (string, error) {
	return Remember(uid, 14*24*time.Hour) // want `jwt lifetime 336h0m0s exceeds 24h0m0s: passed to Remember`
}

func short(uid string) (string, error) {
	return Issue(uid, 15*time.Minute) // quiet: short
}

type Settings struct {
	TokenTTL    time.Duration // want TokenTTL:`defaults`
	ExpireHours int           // want ExpireHours:`defaults\[\{168 auth.go:56\}\]`
}

var defaults = Settings{TokenTTL: 720 * time.Hour} // want `jwt lifetime 720h0m0s exceeds 24h0m0s: the value of Settings.TokenTTL, which becomes a token's lifetime`

type server struct{ cfg Settings }

func (s *server) mint(uid string) (string, error) {
	return Issue(uid, s.cfg.TokenTTL)
}

func (s *server) mintHours(uid string) (string, error) {
	exp := time.Now().Add(time.Duration(s.cfg.ExpireHours) * time.Hour)
	return jwt.NewWithClaims(jwt.SigningMethodHS256, jwt.MapClaims{"sub": uid, "exp": exp.Unix()}).SignedString(key)
}

func flags(s *Settings) {
	flag.IntVar(&s.ExpireHours, "expire-hours", 168, "token lifetime in hours") // want `jwt lifetime 168h0m0s exceeds 24h0m0s: the value of Settings.ExpireHours`
}

// A lifetime from another package's configuration default is reported at
// the mint, naming the default.
func fromConfig(uid string, c config.JWT) (string, error) {
	return jwt.NewWithClaims(jwt.SigningMethodHS256, jwt.RegisteredClaims{
		Subject:   uid,
		ExpiresAt: jwt.NewNumericDate(time.Now().Add(c.RefreshTTL)), // want `jwt lifetime 2160h0m0s exceeds 24h0m0s: from the default of JWT.RefreshTTL \(config.go:12\)`
	}).SignedString(key)
}

// Quiet: AccessTTL's default is short.
func access(uid string, c config.JWT) (string, error) {
	return Issue(uid, c.AccessTTL)
}
