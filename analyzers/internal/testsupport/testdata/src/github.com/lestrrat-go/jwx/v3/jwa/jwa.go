// Package jwa is a test stub mirroring the exported API of
// github.com/lestrrat-go/jwx/v3/jwa v3.2.0 that statecheck's tests use: the
// signature algorithms, which v3 makes functions returning values.
package jwa

// KeyAlgorithm is a workaround for jwk.Key being able to contain different
// types of algorithms in its `alg` field.
type KeyAlgorithm interface {
	String() string
}

// SignatureAlgorithm represents the various signature algorithms.
type SignatureAlgorithm struct{ name string }

// String returns the string representation of a SignatureAlgorithm.
func (v SignatureAlgorithm) String() string { return v.name }

// HS256 returns the HS256 algorithm object.
func HS256() SignatureAlgorithm { return SignatureAlgorithm{"HS256"} }

// RS256 returns the RS256 algorithm object.
func RS256() SignatureAlgorithm { return SignatureAlgorithm{"RS256"} }
