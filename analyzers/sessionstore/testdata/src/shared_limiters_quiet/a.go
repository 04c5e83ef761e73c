// Package shared_limiters_quiet builds the same limiters over stores every
// instance shares: nothing to report.
package shared_limiters_quiet

import (
	"net/http"
	"time"

	"github.com/VojtechVitek/ratelimit"
	vitekredis "github.com/VojtechVitek/ratelimit/redis"
	"github.com/sethvargo/go-limiter"
	"github.com/sethvargo/go-redisstore"
	"github.com/throttled/throttled/v2"
	"github.com/throttled/throttled/v2/store/goredisstore"
)

func GoLimiter() (limiter.Store, error) {
	return redisstore.New(&redisstore.Config{Tokens: 10, Interval: time.Minute})
}

func Throttled(client interface{}) (*throttled.GCRARateLimiter, error) {
	st, err := goredisstore.New(client, "throttled:")
	if err != nil {
		return nil, err
	}
	return throttled.NewGCRARateLimiter(st, throttled.RateQuota{MaxRate: 20, MaxBurst: 5})
}

func Vitek(pool interface{}, h http.Handler) http.Handler {
	return ratelimit.Request(ratelimit.IP).Rate(10, time.Minute).LimitBy(vitekredis.New(pool))(h)
}
