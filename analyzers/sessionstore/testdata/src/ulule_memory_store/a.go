package ulule_memory_store

import (
	"github.com/ulule/limiter/v3"
	"github.com/ulule/limiter/v3/drivers/store/memory"
)

func NewLimiter() *limiter.Limiter {
	rate, _ := limiter.NewRateFromFormatted("1000-H")
	return limiter.New(memory.NewStore(), rate) // want `ulule/limiter memory store counts requests in process memory`
}
