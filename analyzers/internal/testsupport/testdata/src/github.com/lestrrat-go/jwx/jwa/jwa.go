// Package jwa is a test stub mirroring the exported API of
// github.com/lestrrat-go/jwx/jwa v1.2.29 that statecheck's tests use: the
// signature algorithm names.
package jwa

// SignatureAlgorithm represents the various signature algorithms.
type SignatureAlgorithm string

// Supported values for SignatureAlgorithm.
const (
	HS256 SignatureAlgorithm = "HS256"
	RS256 SignatureAlgorithm = "RS256"
)
