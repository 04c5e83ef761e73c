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

func Vitek(h http.Handler) http.Handler {
	return ratelimit.Request(ratelimit.IP).Rate(10, time.Minute).LimitBy(memory.New())(h) // want `ratelimit memory store counts requests in process memory: .*ratelimit/redis`
}

// VitekFallback counts in memory only while Redis fails, as the library's
// own example does: then each instance allows the full rate.
func VitekFallback(pool interface{}, h http.Handler) http.Handler {
	return ratelimit.Request(ratelimit.IP).Rate(10, time.Minute).LimitBy(redis.New(pool), memory.New())(h) // want `ratelimit memory store as a fallback counts requests in process memory while Redis fails: .*drop the fallback`
}
