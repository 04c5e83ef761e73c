// Package rate is a test stub mirroring the exported API of
// golang.org/x/time/rate v0.16.0 used by statecheck's tests.
package rate

import (
	"context"
	"math"
	"sync"
	"time"
)

// Limit defines the maximum frequency of some events. Limit is represented
// as number of events per second. A zero Limit allows no events.
type Limit float64

// Inf is the infinite rate limit; it allows all events (even if burst is
// zero).
const Inf = Limit(math.MaxFloat64)

// Every converts a minimum time interval between events to a Limit.
func Every(interval time.Duration) Limit {
	if interval <= 0 {
		return Inf
	}
	return 1 / Limit(interval.Seconds())
}

// A Limiter controls how frequently events are allowed to happen.
type Limiter struct {
	mu     sync.Mutex
	limit  Limit
	burst  int
	tokens float64
	// last is the last time the limiter's tokens field was updated
	last time.Time
}

// NewLimiter returns a new Limiter that allows events up to rate r and
// permits bursts of at most b tokens.
func NewLimiter(r Limit, b int) *Limiter {
	return &Limiter{
		limit: r,
		burst: b,
	}
}

// Limit returns the maximum overall event rate.
func (lim *Limiter) Limit() Limit {
	lim.mu.Lock()
	defer lim.mu.Unlock()
	return lim.limit
}

// Burst returns the maximum burst size.
func (lim *Limiter) Burst() int {
	lim.mu.Lock()
	defer lim.mu.Unlock()
	return lim.burst
}

// Tokens returns the number of tokens available now.
func (lim *Limiter) Tokens() float64 {
	lim.mu.Lock()
	defer lim.mu.Unlock()
	return lim.tokens
}

// Allow reports whether an event may happen now.
func (lim *Limiter) Allow() bool {
	return lim.AllowN(time.Now(), 1)
}

// AllowN reports whether n events may happen at time t. Use this method if
// you intend to drop / skip events that exceed the rate limit. Otherwise
// use Reserve or Wait.
func (lim *Limiter) AllowN(t time.Time, n int) bool {
	lim.mu.Lock()
	defer lim.mu.Unlock()
	if lim.limit == Inf {
		return true
	}
	if lim.tokens < float64(n) {
		return false
	}
	lim.tokens -= float64(n)
	lim.last = t
	return true
}

// A Reservation holds information about events that are permitted by a
// Limiter to happen after a delay.
type Reservation struct {
	ok        bool
	lim       *Limiter
	tokens    int
	timeToAct time.Time
}

// OK returns whether the limiter can provide the requested number of
// tokens within the maximum wait time.
func (r *Reservation) OK() bool { return r.ok }

// Delay is shorthand for DelayFrom(time.Now()).
func (r *Reservation) Delay() time.Duration { return 0 }

// Cancel is shorthand for CancelAt(time.Now()).
func (r *Reservation) Cancel() {}

// Reserve is shorthand for ReserveN(time.Now(), 1).
func (lim *Limiter) Reserve() *Reservation {
	return &Reservation{ok: true, lim: lim, tokens: 1, timeToAct: time.Now()}
}

// Wait is shorthand for WaitN(ctx, 1).
func (lim *Limiter) Wait(ctx context.Context) (err error) {
	return lim.WaitN(ctx, 1)
}

// WaitN blocks until lim permits n events to happen.
func (lim *Limiter) WaitN(ctx context.Context, n int) (err error) {
	return ctx.Err()
}

// SetLimit is shorthand for SetLimitAt(time.Now(), newLimit).
func (lim *Limiter) SetLimit(newLimit Limit) {
	lim.mu.Lock()
	defer lim.mu.Unlock()
	lim.limit = newLimit
}

// SetBurst is shorthand for SetBurstAt(time.Now(), newBurst).
func (lim *Limiter) SetBurst(newBurst int) {
	lim.mu.Lock()
	defer lim.mu.Unlock()
	lim.burst = newBurst
}
