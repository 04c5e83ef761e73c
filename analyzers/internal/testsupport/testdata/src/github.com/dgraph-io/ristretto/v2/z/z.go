// Package z is a test stub mirroring the parts of
// github.com/dgraph-io/ristretto/v2/z v2.4.2 that the ristretto stub
// needs.
package z

// Key is the type constraint of ristretto cache keys.
type Key interface {
	~uint64 | ~string | ~[]byte | ~byte | ~int | ~uint | ~int32 | ~uint32 | ~int64
}
