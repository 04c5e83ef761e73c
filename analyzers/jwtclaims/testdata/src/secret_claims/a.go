package secret_claims

import (
	"time"

	"github.com/golang-jwt/jwt/v5"
	jwxjwt "github.com/lestrrat-go/jwx/v2/jwt"
)

var key = []byte("k")

type APIClaims struct {
	ClientSecret string `json:"client_secret"` // want `jwt claim "client_secret" looks secret \("secret"\)`
	PrivKey      []byte // want `jwt claim "PrivKey" looks secret \("priv key"\)`
	jwt.RegisteredClaims
}

func mint(uid, password, card string) (string, error) {
	claims := jwt.MapClaims{
		"sub":      uid,
		"password": password, // want `jwt claim "password" looks secret \("password"\)`
		"exp":      time.Now().Add(15 * time.Minute).Unix(),
	}
	claims["creditCardNumber"] = card // want `jwt claim "creditCardNumber" looks secret \("credit card"\)`
	return jwt.NewWithClaims(jwt.SigningMethodHS256, claims).SignedString(key)
}

func mintJWX(uid, pem string) (jwxjwt.Token, error) {
	return jwxjwt.NewBuilder().
		Subject(uid).
		Expiration(time.Now().Add(time.Hour)).
		Claim("private_key", pem). // want `jwt claim "private_key" looks secret \("private key"\)`
		Build()
}
