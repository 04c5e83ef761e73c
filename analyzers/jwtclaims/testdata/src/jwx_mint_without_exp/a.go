package jwx_mint_without_exp

import (
	"time"

	"github.com/lestrrat-go/jwx/v2/jwa"
	"github.com/lestrrat-go/jwx/v2/jwt"
)

var key = []byte("k")

func build(uid string) ([]byte, error) {
	tok, err := jwt.NewBuilder().Subject(uid).IssuedAt(time.Now()).Build() // want `jwt built without exp`
	if err != nil {
		return nil, err
	}
	return jwt.Sign(tok, jwt.WithKey(jwa.HS256, key))
}

func setClaims(uid string) ([]byte, error) {
	tok := jwt.New() // want `jwt minted without exp`
	if err := tok.Set(jwt.SubjectKey, uid); err != nil {
		return nil, err
	}
	return jwt.Sign(tok, jwt.WithKey(jwa.HS256, key))
}
