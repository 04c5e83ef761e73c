package cristalhq_jwt

import (
	"time"

	jwt3 "github.com/cristalhq/jwt/v3"
	"github.com/cristalhq/jwt/v4"
)

var key = []byte("k")

type claims struct {
	jwt.RegisteredClaims
	Role   string `json:"role"`
	Secret string `json:"secret"` // want `jwt claim "secret" looks secret \("secret"\)`
}

func mint(uid string) (*jwt.Token, error) {
	signer, _ := jwt.NewSignerHS(jwt.HS256, key)
	c := &claims{RegisteredClaims: jwt.RegisteredClaims{Subject: uid}, Role: "user"} // want `jwt minted without exp: .*set ExpiresAt`
	return jwt.NewBuilder(signer).Build(c)
}

func mintLong(uid string) (*jwt.Token, error) {
	signer, _ := jwt.NewSignerHS(jwt.HS256, key)
	return jwt.NewBuilder(signer).Build(jwt.RegisteredClaims{
		Subject:   uid,
		ExpiresAt: jwt.NewNumericDate(time.Now().Add(400 * time.Hour)), // want `jwt lifetime 400h0m0s exceeds 24h0m0s`
	})
}

func peek(raw []byte) (*jwt.Token, error) {
	return jwt.ParseNoVerify(raw) // want `jwt parsed with ParseNoVerify and never verified`
}

// Quiet: a short exp.
func mintOK(uid string) (*jwt.Token, error) {
	signer, _ := jwt.NewSignerHS(jwt.HS256, key)
	return jwt.NewBuilder(signer).Build(&claims{RegisteredClaims: jwt.RegisteredClaims{
		Subject:   uid,
		ExpiresAt: jwt.NewNumericDate(time.Now().Add(15 * time.Minute)),
	}})
}

// v3 calls the registered claims StandardClaims.
type v3Claims struct {
	jwt3.StandardClaims
	Role string `json:"role"`
}

func mintV3(uid string) (*jwt3.Token, error) {
	signer, _ := jwt3.NewSignerHS(jwt3.HS256, key)
	return jwt3.NewBuilder(signer).Build(&v3Claims{StandardClaims: jwt3.StandardClaims{Subject: uid}}) // want `jwt minted without exp: .*set ExpiresAt`
}

func mintV3OK(uid string) (*jwt3.Token, error) {
	signer, _ := jwt3.NewSignerHS(jwt3.HS256, key)
	exp := time.Now().Add(time.Duration(60) * time.Minute)
	return jwt3.NewBuilder(signer).Build(&v3Claims{StandardClaims: jwt3.StandardClaims{Subject: uid, ExpiresAt: jwt3.NewNumericDate(exp)}})
}

func peekV3(raw string) (*jwt3.Token, error) {
	return jwt3.ParseString(raw) // want `jwt parsed with v3 ParseString \(it does not verify\) and never verified`
}

// Quiet: v3 verifying parse, and a v3 parse followed by one that verifies.
func verifyV3(raw string, v jwt3.Verifier) (*jwt3.Token, error) {
	if _, err := jwt3.ParseString(raw); err != nil {
		return nil, err
	}
	return jwt3.ParseAndVerifyString(raw, v)
}
