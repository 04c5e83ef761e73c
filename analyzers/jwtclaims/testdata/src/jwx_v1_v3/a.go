package jwx_v1_v3

import (
	"encoding/json"
	"time"

	jwa1 "github.com/lestrrat-go/jwx/jwa"
	jws1 "github.com/lestrrat-go/jwx/jws"
	jwt1 "github.com/lestrrat-go/jwx/jwt"
	jwa3 "github.com/lestrrat-go/jwx/v3/jwa"
	jwt3 "github.com/lestrrat-go/jwx/v3/jwt"
)

var key = []byte("k")

func mintV1(uid string) ([]byte, error) {
	tok, err := jwt1.NewBuilder().Subject(uid).Build() // want `jwt built without exp`
	if err != nil {
		return nil, err
	}
	return jwt1.Sign(tok, jwa1.HS256, key)
}

func mintV1Long(uid string) ([]byte, error) {
	tok := jwt1.New()
	tok.Set(jwt1.SubjectKey, uid)
	tok.Set(jwt1.ExpirationKey, time.Now().AddDate(1, 0, 0)) // want `jwt lifetime 8760h0m0s exceeds 24h0m0s`
	return jwt1.Sign(tok, jwa1.HS256, key)
}

func parseV1Unverified(raw []byte) (jwt1.Token, error) {
	return jwt1.Parse(raw, jwt1.WithValidate(true)) // want `jwt parsed with jwx v1 Parse without WithVerify and never verified`
}

func parseV1NotValidated(raw []byte) (jwt1.Token, error) {
	return jwt1.Parse(raw, jwt1.WithVerify(jwa1.HS256, key)) // want `jwt claims are not validated: jwx v1 Parse checks exp only with WithValidate\(true\)`
}

func parseV1ValidateOff(raw []byte) (jwt1.Token, error) {
	return jwt1.Parse(raw, jwt1.WithVerify(jwa1.HS256, key), jwt1.WithValidate(false)) // want `jwt claims validation is disabled by WithValidate\(false\)`
}

func mintV3(uid string) ([]byte, error) {
	tok, err := jwt3.NewBuilder().Subject(uid).Build() // want `jwt built without exp`
	if err != nil {
		return nil, err
	}
	return jwt3.Sign(tok, jwt3.WithKey(jwa3.HS256(), key))
}

func parseV3(raw []byte) (jwt3.Token, error) {
	return jwt3.Parse(raw, jwt3.WithKey(jwa3.HS256(), key), jwt3.WithValidate(false)) // want `jwt claims validation is disabled by WithValidate\(false\)`
}

func insecureV3(raw []byte) (jwt3.Token, error) {
	return jwt3.ParseInsecure(raw) // want `jwt parsed with ParseInsecure and never verified`
}

// Quiet: v1 parses that verify and validate, here or with jwt.Validate.
func parseV1OK(raw []byte) (jwt1.Token, error) {
	return jwt1.Parse(raw, jwt1.WithVerify(jwa1.HS256, key), jwt1.WithValidate(true))
}

func parseV1ValidateAfter(raw []byte) (jwt1.Token, error) {
	tok, err := jwt1.Parse(raw, jwt1.WithVerify(jwa1.HS256, key))
	if err != nil {
		return nil, err
	}
	return tok, jwt1.Validate(tok)
}

func mintV3OK(uid string) ([]byte, error) {
	tok, err := jwt3.NewBuilder().Subject(uid).Expiration(time.Now().Add(10 * time.Minute)).Build()
	if err != nil {
		return nil, err
	}
	return jwt3.Sign(tok, jwt3.WithKey(jwa3.HS256(), key))
}

// Minted by hand: the token serialized and its bytes signed with jws.
func mintByHand(sub string) ([]byte, error) {
	tok := jwt1.New() // want `jwt minted without exp`
	tok.Set(jwt1.SubjectKey, sub)
	b, err := json.Marshal(tok)
	if err != nil {
		return nil, err
	}
	return jws1.Sign(b, jwa1.RS256, key)
}

// Quiet: the same with exp set.
func mintByHandOK(sub string) ([]byte, error) {
	tok := jwt1.New()
	tok.Set(jwt1.SubjectKey, sub)
	tok.Set(jwt1.ExpirationKey, time.Now().Add(5*time.Minute))
	b, err := json.Marshal(tok)
	if err != nil {
		return nil, err
	}
	return jws1.Sign(b, jwa1.RS256, key)
}
