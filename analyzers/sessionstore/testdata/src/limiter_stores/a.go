// Package limiter_stores builds rate limiters whose counts live in process
// memory, with each library's in-memory store.
package limiter_stores

import (
	"net/http"
	"time"

	"github.com/VojtechVitek/ratelimit"
	"github.com/VojtechVitek/ratelimit/memory"
	"github.com/VojtechVitek/ratelimit/redis"
	"github.com/sethvargo/go-limiter"
	"github.com/sethvargo/go-limiter/memorystore"
	"github.com/throttled/throttled/v2"
	"github.com/throttled/throttled/v2/store/memstore"
)

func GoLimiter() (limiter.Store, error) {
	return memorystore.New(&memorystore.Config{Tokens: 10, Interval: time.Minute}) // want `go-limiter memorystore counts requests in process memory: .*go-redisstore`
}

func Throttled() (*throttled.GCRARateLimiter, error) {
	st, err := memstore.New(65536) // want `throttled memstore counts requests in process memory: .*goredisstore`
	if err != nil {
		return nil, err
	}
	return throttled.NewGCRARateLimiter(st, throttled.RateQuota{MaxRate: 20, MaxBurst: 5})
}

// PerClient is the capacity throttle's twin keyed by the client's
// address: that count is the client's, and each instance keeps its own.
func PerClient(next http.Handler) http.Handler {
	store, _ := memstore.New(65536) // want `throttled memstore counts requests in process memory`
	rl, _ := throttled.NewGCRARateLimiter(store, throttled.RateQuota{MaxRate: 20, MaxBurst: 5})
	h := throttled.HTTPRateLimiter{RateLimiter: rl, VaryBy: &throttled.VaryBy{Method: true, RemoteAddr: true}}
	return h.RateLimit(next)
}

// ByHeader varies by a header the client sends, set after the literal.
func ByHeader(next http.Handler) http.Handler {
	store, _ := memstore.New(65536) // want `throttled memstore counts requests in process memory`
	rl, _ := throttled.NewGCRARateLimiter(store, throttled.RateQuota{MaxRate: 20, MaxBurst: 5})
	h := throttled.HTTPRateLimiter{RateLimiter: rl}
	h.VaryBy = &throttled.VaryBy{Headers: []string{"X-Api-Key"}}
	return h.RateLimit(next)
}

func Vitek(h http.Handler) http.Handler {
	return ratelimit.Request(ratelimit.IP).Rate(10, time.Minute).LimitBy(memory.New())(h) // want `ratelimit memory store counts requests in process memory: .*ratelimit/redis`
}

// VitekFallback counts in memory only while Redis fails, as the library's
// own example does: then each instance allows the full rate.
func VitekFallback(pool interface{}, h http.Handler) http.Handler {
	return ratelimit.Request(ratelimit.IP).Rate(10, time.Minute).LimitBy(redis.New(pool), memory.New())(h) // want `ratelimit memory store as a fallback counts requests in process memory while Redis fails: .*drop the fallback`
}
