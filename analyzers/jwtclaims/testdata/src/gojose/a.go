package gojose

import (
	"time"

	jose3 "github.com/go-jose/go-jose/v3"
	jwt3 "github.com/go-jose/go-jose/v3/jwt"
	jose4 "github.com/go-jose/go-jose/v4"
	jwt4 "github.com/go-jose/go-jose/v4/jwt"
	jose2 "gopkg.in/square/go-jose.v2"
	jwt2 "gopkg.in/square/go-jose.v2/jwt"
)

var key = []byte("k")

type private struct {
	UserID string `json:"uid"`
	APIKey string `json:"api_secret"` // want `jwt claim "api_secret" looks secret \("secret"\)`
}

func mintV2(uid string) (string, error) {
	sig, _ := jose2.NewSigner(jose2.SigningKey{Algorithm: jose2.HS256, Key: key}, nil)
	cl := jwt2.Claims{Subject: uid, Issuer: "me"} // want `jwt minted without exp: .*set Expiry`
	return jwt2.Signed(sig).Claims(cl).CompactSerialize()
}

func mintV3(uid string) (string, error) {
	sig, _ := jose3.NewSigner(jose3.SigningKey{Algorithm: jose3.HS256, Key: key}, nil)
	return jwt3.Signed(sig).Claims(jwt3.Claims{Subject: uid}).Claims(private{UserID: uid}).CompactSerialize() // want `jwt minted without exp`
}

func mintV4Long(uid string) (string, error) {
	sig, _ := jose4.NewSigner(jose4.SigningKey{Algorithm: jose4.HS256, Key: key}, nil)
	return jwt4.Signed(sig).Claims(jwt4.Claims{
		Subject: uid,
		Expiry:  jwt4.NewNumericDate(time.Now().Add(90 * 24 * time.Hour)), // want `jwt lifetime 2160h0m0s exceeds 24h0m0s`
	}).Serialize()
}

func peek(raw string) (string, error) {
	tok, err := jwt3.ParseSigned(raw)
	if err != nil {
		return "", err
	}
	var cl jwt3.Claims
	err = tok.UnsafeClaimsWithoutVerification(&cl) // want `jwt parsed with UnsafeClaimsWithoutVerification and never verified`
	return cl.Subject, err
}

// Quiet: exp set in one of the merged claims; a chain that starts from a
// variable; claims read unverified to pick the key, then verified.
func mintOK(uid string) (string, error) {
	sig, _ := jose3.NewSigner(jose3.SigningKey{Algorithm: jose3.HS256, Key: key}, nil)
	return jwt3.Signed(sig).Claims(private{UserID: uid}).Claims(jwt3.Claims{Expiry: jwt3.NewNumericDate(time.Now().Add(time.Hour))}).CompactSerialize()
}

func mintFromBuilder(b jwt3.Builder) (string, error) {
	return b.Claims(jwt3.Claims{Subject: "x"}).CompactSerialize()
}

func verifyAfterPeek(raw string) (string, error) {
	tok, err := jwt4.ParseSigned(raw, []jose4.SignatureAlgorithm{jose4.HS256})
	if err != nil {
		return "", err
	}
	var unverified, cl jwt4.Claims
	_ = tok.UnsafeClaimsWithoutVerification(&unverified)
	err = tok.Claims(key, &cl)
	return cl.Subject, err
}
