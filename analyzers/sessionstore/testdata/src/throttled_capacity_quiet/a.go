// Package throttled_capacity_quiet throttles the instance's own load with
// a throttled memstore: the limiter varies by method or path, or by
// nothing, so it counts no client, and each instance capping its own work
// is what it is for (the shape of imaginary's -concurrency throttle).
package throttled_capacity_quiet

import (
	"net/http"

	"github.com/throttled/throttled/v2"
	"github.com/throttled/throttled/v2/store/memstore"
)

func Throttle(next http.Handler, perSec, burst int) http.Handler {
	store, err := memstore.New(65536)
	if err != nil {
		return next
	}
	rl, err := throttled.NewGCRARateLimiter(store, throttled.RateQuota{MaxRate: perSec, MaxBurst: burst})
	if err != nil {
		return next
	}
	h := throttled.HTTPRateLimiter{RateLimiter: rl, VaryBy: &throttled.VaryBy{Method: true}}
	return h.RateLimit(next)
}

func PerEndpoint(next http.Handler) http.Handler {
	store, _ := memstore.New(1024)
	rl, _ := throttled.NewGCRARateLimiter(store, throttled.RateQuota{MaxRate: 100, MaxBurst: 10})
	vary := &throttled.VaryBy{Method: true, Path: true, Separator: "|"}
	h := &throttled.HTTPRateLimiter{RateLimiter: rl, VaryBy: vary}
	return h.RateLimit(next)
}

func Overall(next http.Handler) http.Handler {
	store, _ := memstore.New(1)
	rl, _ := throttled.NewGCRARateLimiter(store, throttled.RateQuota{MaxRate: 100, MaxBurst: 10})
	h := throttled.HTTPRateLimiter{RateLimiter: rl}
	return h.RateLimit(next)
}
