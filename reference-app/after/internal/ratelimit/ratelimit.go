// Package ratelimit bounds each client's request rate with one shared
// counter in Redis (GCRA, as go-redis/redis_rate implements it), so the
// limit holds for the whole deployment however many instances run and
// survives their restarts.
//
// When Redis cannot be asked the limiter fails closed: it returns the
// error and the caller refuses the request. Falling back to a counter in
// the process would quietly multiply the limit by the number of instances.
package ratelimit

import (
	"context"
	"fmt"
	"time"

	"github.com/go-redis/redis_rate/v10"
	"github.com/redis/go-redis/v9"
)

// Limiter allows each key perSecond requests a second with bursts of up
// to burst.
type Limiter struct {
	redis *redis_rate.Limiter
	limit redis_rate.Limit
}

// New returns a Limiter on rdb.
func New(rdb *redis.Client, perSecond, burst int) *Limiter {
	return &Limiter{
		redis: redis_rate.NewLimiter(rdb),
		limit: redis_rate.Limit{Rate: perSecond, Burst: burst, Period: time.Second},
	}
}

// Allow takes one request from key's allowance. When none is left it
// returns false and how long until one is.
func (l *Limiter) Allow(ctx context.Context, key string) (bool, time.Duration, error) {
	res, err := l.redis.Allow(ctx, key, l.limit)
	if err != nil {
		return false, 0, fmt.Errorf("rate limit: %w", err)
	}
	return res.Allowed > 0, res.RetryAfter, nil
}
