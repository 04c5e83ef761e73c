package v4_mint_without_exp

import "github.com/golang-jwt/jwt/v4"

var key = []byte("k")

type Claims struct {
	Role string `json:"role"`
	jwt.StandardClaims
}

func standard(uid string) (string, error) {
	claims := Claims{ // want `jwt minted without exp`
		Role:           "admin",
		StandardClaims: jwt.StandardClaims{Subject: uid},
	}
	return jwt.NewWithClaims(jwt.SigningMethodHS256, claims).SignedString(key)
}

func mapClaims(uid string) (string, error) {
	claims := jwt.MapClaims{"sub": uid} // want `jwt minted without exp`
	claims["role"] = "admin"
	return jwt.NewWithClaims(jwt.SigningMethodHS256, claims).SignedString(key)
}
