// Package randid makes the unguessable ids the shop hands to clients
// (session ids, export job ids, refresh tokens) and recognizes them, so
// that junk from a client is turned away before it costs a Redis round
// trip.
package randid

import "crypto/rand"

// New returns a fresh id: 128 random bits as 26 characters of base32.
func New() string { return rand.Text() }

// Valid reports whether s could have come from New.
func Valid(s string) bool {
	if len(s) != 26 {
		return false
	}
	for _, c := range s {
		if (c < 'A' || c > 'Z') && (c < '2' || c > '7') {
			return false
		}
	}
	return true
}
