// Package jwk is a test stub mirroring the exported API of
// github.com/lestrrat-go/jwx/v3/jwk v3.2.0 that statecheck's tests use:
// keys, key sets and fetching a set.
package jwk

import "context"

// Option is the option interface of the package (in the real module an
// alias of github.com/lestrrat-go/option.Interface).
type Option interface {
	Ident() interface{}
	Value() interface{}
}

// Key defines the minimal interface for each of the key types.
type Key interface {
	Get(string) (interface{}, bool)
	Set(string, interface{}) error
	Remove(string) error
	KeyID() string
}

// Set represents JWKS object, a collection of jwk.Key objects.
type Set interface {
	AddKey(Key) error
	Clear() error
	Key(int) (Key, bool)
	Get(string) (interface{}, bool)
	Set(string, interface{}) error
	Remove(string) error
	Index(Key) int
	Len() int
	LookupKeyID(string) (Key, bool)
	RemoveKey(Key) error
}

// FetchOption is a type of Option that can be passed to `jwk.Fetch()`.
type FetchOption interface {
	Option
	fetchOption()
	parseOption()
	registerOption()
}

// ParseOption is a type of Option that can be passed to `jwk.Parse()`.
type ParseOption interface {
	Option
	fetchOption()
	registerOption()
	readFileOption()
}

// Fetcher is an interface that represents an object that fetches a JWKS.
type Fetcher interface {
	Fetch(context.Context, string, ...FetchOption) (Set, error)
}

// Fetch fetches a JWK resource specified by a URL.
func Fetch(ctx context.Context, u string, options ...FetchOption) (Set, error) { return nil, nil }

// FromRaw creates a jwk.Key from the given key (RSA/ECDSA/symmetric keys).
func FromRaw(key interface{}) (Key, error) { return nil, nil }

// ParseKey parses a single key JWK.
func ParseKey(data []byte, options ...ParseOption) (Key, error) { return nil, nil }
