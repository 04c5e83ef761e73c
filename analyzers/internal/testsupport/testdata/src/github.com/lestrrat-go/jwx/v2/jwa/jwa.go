// Package jwa is a test stub mirroring the exported API of
// github.com/lestrrat-go/jwx/v2/jwa v2.1.7 that statecheck's tests use: the
// signature algorithm names.
package jwa

// KeyAlgorithm is a workaround for jwk.Key being able to contain different
// types of algorithms in its `alg` field.
type KeyAlgorithm interface {
	String() string
}

// SignatureAlgorithm represents the various signature algorithms as
// described in https://tools.ietf.org/html/rfc7518#section-3.1
type SignatureAlgorithm string

// Supported values for SignatureAlgorithm.
const (
	ES256 SignatureAlgorithm = "ES256"
	EdDSA SignatureAlgorithm = "EdDSA"
	HS256 SignatureAlgorithm = "HS256"
	HS512 SignatureAlgorithm = "HS512"
	RS256 SignatureAlgorithm = "RS256"
)

// String returns the string representation of a SignatureAlgorithm.
func (v SignatureAlgorithm) String() string { return string(v) }
