package jwx_parse_without_required_exp

import (
	"net/http"

	"github.com/lestrrat-go/jwx/v2/jwa"
	"github.com/lestrrat-go/jwx/v2/jwt"
)

var key = []byte("k")

func parse(raw string) (jwt.Token, error) {
	return jwt.ParseString(raw, jwt.WithKey(jwa.HS256, key))
}

func fromRequest(r *http.Request) (jwt.Token, error) {
	return jwt.ParseRequest(r, jwt.WithHeaderKey("Authorization"), jwt.WithKey(jwa.HS256, key), jwt.WithIssuer("shop"))
}
