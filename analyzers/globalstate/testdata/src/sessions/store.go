// Package sessions is a session store kept in process memory, used through
// another package's handlers.
package sessions

import "golang.org/x/time/rate"

var store = map[string]string{}

var limiters = map[string]*rate.Limiter{}

// Save stores a session.
func Save(id, user string) {
	store[id] = user
}

// Put writes into whatever map it is given.
func Put(m map[string]string, k, v string) {
	m[k] = v
}

// Store is a session store whose sessions live in its own map.
type Store struct {
	m map[string]string
}

// Set stores a session in s.
func (s *Store) Set(id, user string) {
	s.m[id] = user
}

// Allow reports whether the client may proceed, creating its limiter on
// first sight.
func Allow(ip string) bool {
	l, ok := limiters[ip]
	if !ok {
		l = rate.NewLimiter(1, 5)
		limiters[ip] = l
	}
	return l.Allow()
}
