package jwt

import (
	"crypto"
	"crypto/ecdsa"
	"crypto/rsa"
)

// SigningMethod can be used to add new methods for signing or verifying
// tokens.
type SigningMethod interface {
	Verify(signingString string, sig []byte, key any) error
	Sign(signingString string, key any) ([]byte, error)
	Alg() string
}

// RegisterSigningMethod registers the "alg" name and a factory function for
// signing method.
func RegisterSigningMethod(alg string, f func() SigningMethod) {}

// GetSigningMethod retrieves a signing method from an "alg" string.
func GetSigningMethod(alg string) (method SigningMethod) { return nil }

// GetAlgorithms returns a list of registered "alg" names.
func GetAlgorithms() (algs []string) { return nil }

// SigningMethodHMAC implements the HMAC-SHA family of signing methods.
type SigningMethodHMAC struct {
	Name string
	Hash crypto.Hash
}

func (m *SigningMethodHMAC) Alg() string                                            { return m.Name }
func (m *SigningMethodHMAC) Verify(signingString string, sig []byte, key any) error { return nil }
func (m *SigningMethodHMAC) Sign(signingString string, key any) ([]byte, error)     { return nil, nil }

// SigningMethodRSA implements the RSA family of signing methods.
type SigningMethodRSA struct {
	Name string
	Hash crypto.Hash
}

func (m *SigningMethodRSA) Alg() string                                            { return m.Name }
func (m *SigningMethodRSA) Verify(signingString string, sig []byte, key any) error { return nil }
func (m *SigningMethodRSA) Sign(signingString string, key any) ([]byte, error)     { return nil, nil }

// SigningMethodECDSA implements the ECDSA family of signing methods.
type SigningMethodECDSA struct {
	Name      string
	Hash      crypto.Hash
	KeySize   int
	CurveBits int
}

func (m *SigningMethodECDSA) Alg() string                                            { return m.Name }
func (m *SigningMethodECDSA) Verify(signingString string, sig []byte, key any) error { return nil }
func (m *SigningMethodECDSA) Sign(signingString string, key any) ([]byte, error)     { return nil, nil }

// Specific instances for the signing methods.
var (
	SigningMethodHS256 = &SigningMethodHMAC{"HS256", crypto.SHA256}
	SigningMethodHS384 = &SigningMethodHMAC{"HS384", crypto.SHA384}
	SigningMethodHS512 = &SigningMethodHMAC{"HS512", crypto.SHA512}
	SigningMethodRS256 = &SigningMethodRSA{"RS256", crypto.SHA256}
	SigningMethodRS384 = &SigningMethodRSA{"RS384", crypto.SHA384}
	SigningMethodRS512 = &SigningMethodRSA{"RS512", crypto.SHA512}
	SigningMethodES256 = &SigningMethodECDSA{"ES256", crypto.SHA256, 32, 256}
	SigningMethodES384 = &SigningMethodECDSA{"ES384", crypto.SHA384, 48, 384}
	SigningMethodES512 = &SigningMethodECDSA{"ES512", crypto.SHA512, 66, 521}
)

// ParseRSAPublicKeyFromPEM parses a PEM encoded PKCS1 or PKCS8 public key.
func ParseRSAPublicKeyFromPEM(key []byte) (*rsa.PublicKey, error) { return nil, nil }

// ParseRSAPrivateKeyFromPEM parses a PEM encoded PKCS1 or PKCS8 private key.
func ParseRSAPrivateKeyFromPEM(key []byte) (*rsa.PrivateKey, error) { return nil, nil }

// ParseECPublicKeyFromPEM parses a PEM encoded PKCS1 or PKCS8 public key.
func ParseECPublicKeyFromPEM(key []byte) (*ecdsa.PublicKey, error) { return nil, nil }
