// Package jws is a test stub mirroring the exported API of
// github.com/lestrrat-go/jwx/jws v1.2.29 that statecheck's tests use:
// signing a payload. Signatures match the real module, except that
// SignOption is declared here instead of aliasing lestrrat-go/option.
package jws

import "github.com/lestrrat-go/jwx/jwa"

// SignOption is an option for Sign.
type SignOption interface{ signOption() }

// Sign generates a signature for the given payload, and serializes it in
// compact serialization format.
func Sign(payload []byte, alg jwa.SignatureAlgorithm, key interface{}, options ...SignOption) ([]byte, error) {
	return nil, nil
}
