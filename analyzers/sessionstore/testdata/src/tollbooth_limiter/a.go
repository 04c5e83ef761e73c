package tollbooth_limiter

import (
	"net/http"

	"github.com/didip/tollbooth/v8"
	"github.com/didip/tollbooth/v8/limiter"
)

func rateLimiter(max float64) func(http.Handler) http.Handler {
	lmt := tollbooth.NewLimiter(max, nil) // want `tollbooth limiter counts requests in process memory`
	return tollbooth.HTTPMiddleware(lmt)
}

func other() *limiter.Limiter {
	return limiter.New(&limiter.ExpirableOptions{}) // want `tollbooth limiter counts requests in process memory`
}
