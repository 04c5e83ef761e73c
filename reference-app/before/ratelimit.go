package main

import (
	"net/http"
	"sync"

	"golang.org/x/time/rate"
)

// limiterStore gives each user a token bucket of its own.
type limiterStore struct {
	perSecond rate.Limit
	burst     int

	mu       sync.Mutex
	limiters map[string]*rate.Limiter
}

func newLimiterStore(perSecond float64, burst int) *limiterStore {
	return &limiterStore{
		perSecond: rate.Limit(perSecond),
		burst:     burst,
		limiters:  map[string]*rate.Limiter{},
	}
}

func (s *limiterStore) limiter(user string) *rate.Limiter {
	s.mu.Lock()
	defer s.mu.Unlock()
	l, ok := s.limiters[user]
	if !ok {
		l = rate.NewLimiter(s.perSecond, s.burst)
		s.limiters[user] = l
	}
	return l
}

// limit answers 429 once the current user has used up their requests.
func (s *limiterStore) limit(next http.HandlerFunc) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if !s.limiter(currentUser(r)).Allow() {
			w.Header().Set("Retry-After", "1")
			writeError(w, http.StatusTooManyRequests, "rate limit exceeded")
			return
		}
		next(w, r)
	})
}
