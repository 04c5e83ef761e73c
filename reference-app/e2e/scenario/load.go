package scenario

import (
	"context"
	"fmt"
	"math"
	"net/http"
	"sync"
	"sync/atomic"
	"time"

	"github.com/statecheck/statecheck/reference-app/shopclient"
)

// ProbeRateLimit has one client call the API as fast as it can, three
// times its burst, through the balancer, and counts how many calls got
// through beyond its allowance (the burst plus what the rate refills
// while the probe runs). The API token is used because it is valid on
// every instance in both versions, so the probe sees the limiter alone.
func ProbeRateLimit(ctx context.Context, o Options, r *Report) error {
	u, err := newUser("probe", o, r)
	if err != nil {
		return err
	}
	if _, ok := u.obtainToken(ctx); !ok {
		return fmt.Errorf("rate-limit probe could not get a token")
	}
	allowed, n := 0, 3*o.RateBurst
	start := time.Now()
	for range n {
		resp, ok := u.send(RateLimit, func() (shopclient.Response, error) { return u.c.APICart(ctx) })
		switch {
		case !ok:
		case resp.Status == http.StatusOK:
			allowed++
		case resp.Status == http.StatusTooManyRequests:
			if resp.Header.Get("Retry-After") == "" {
				r.fail(RateLimit, "429 without Retry-After")
			}
		default:
			r.fail(RateLimit, "probe: got %s", resp)
		}
	}
	elapsed := time.Since(start)
	allowance := o.RateBurst + int(math.Ceil(float64(o.RatePerSecond)*elapsed.Seconds())) + 1
	over := max(0, allowed-allowance)
	r.update(func(r *Report) { r.OverLimit += over })
	r.check("rate limit holds across instances", over == 0,
		"%d of %d requests allowed in %v, allowance %d", allowed, n, elapsed.Round(time.Millisecond), allowance)
	return nil
}

// LoadOptions bounds the load loop.
type LoadOptions struct {
	// Users is the number of concurrent clients.
	Users int
	// Pace is each client's pause between requests; it keeps a client
	// under its rate limit.
	Pace time.Duration
	// MaxRequests stops the loop early once this many requests were sent.
	MaxRequests int64
	// MaxDuration stops the loop even if the disruption is still running.
	MaxDuration time.Duration
	// Settle is how long to wait, after the loop, for export jobs still
	// in flight.
	Settle time.Duration
}

// Load runs Users clients against the shop while disrupt runs, then lets
// export jobs in flight finish and reads back what every client stored.
// Each client cycles through every feature and checks what it reads
// against what it wrote.
func Load(ctx context.Context, o Options, lo LoadOptions, r *Report, disrupt func(context.Context) error) error {
	var budget atomic.Int64
	users := make([]*user, lo.Users)
	for i := range users {
		u, err := newUser(fmt.Sprintf("load%02d", i), o, r)
		if err != nil {
			return err
		}
		u.budget = &budget
		users[i] = u
	}

	loopCtx, cancel := context.WithTimeout(ctx, lo.MaxDuration)
	defer cancel()
	var wg sync.WaitGroup
	for _, u := range users {
		wg.Go(func() {
			for i := 0; loopCtx.Err() == nil && budget.Load() < lo.MaxRequests; i++ {
				// Requests use ctx, not loopCtx: stopping the loop must
				// not cut a request short and count it as failed.
				u.step(ctx, i)
				select {
				case <-loopCtx.Done():
				case <-time.After(lo.Pace):
				}
			}
		})
	}
	disruptErr := disrupt(loopCtx)
	cancel()
	wg.Wait()

	// Exports in flight: a job whose worker was killed is picked up again
	// only when its lease has run out, so this may take a while.
	var settle sync.WaitGroup
	for _, u := range users {
		settle.Go(func() {
			if !u.waitExport(ctx, lo.Settle) {
				r.fail(Export, "%s: export %s still unfinished, or no longer answered for, after the load", u.name, u.export)
				r.update(func(r *Report) { r.ExportsStuck++ })
			}
		})
	}
	settle.Wait()

	// Read back what every client stored.
	for _, u := range users {
		u.me(ctx)
		u.checkCart(ctx, false)
		u.checkAvatar(ctx)
	}
	return disruptErr
}

// step is one request of a client's cycle through the features.
func (u *user) step(ctx context.Context, i int) {
	switch i % 10 {
	case 0, 9:
		u.me(ctx)
	case 1, 5:
		u.addToCart(ctx)
	case 2:
		u.checkCart(ctx, false)
	case 3:
		if i%30 == 3 {
			u.uploadAvatar(ctx)
		} else {
			u.checkAvatar(ctx)
		}
	case 4, 8:
		u.exportStep(ctx)
	case 6:
		u.checkCart(ctx, true)
	case 7:
		u.checkAvatar(ctx)
	}
}
