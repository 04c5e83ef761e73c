// Package jose is a test stub mirroring the exported API of
// gopkg.in/square/go-jose.v2 v2.6.0 that statecheck's tests use: a signer.
// Signatures match the real module; bodies do nothing useful.
package jose

// SignatureAlgorithm is a JWS algorithm.
type SignatureAlgorithm string

// HS256 is HMAC using SHA-256.
const HS256 = SignatureAlgorithm("HS256")

// Signer represents a signer which takes a payload and produces a signed
// JWS object.
type Signer interface {
	Options() SignerOptions
}

// SignerOptions represents options that can be set when creating signers.
type SignerOptions struct{}

// SigningKey represents an algorithm/key used to sign a message.
type SigningKey struct {
	Algorithm SignatureAlgorithm
	Key       interface{}
}

// NewSigner creates an appropriate signer based on the key type.
func NewSigner(sig SigningKey, opts *SignerOptions) (Signer, error) { return nil, nil }
