// Package reassigned_context starts a goroutine on a context variable
// reassigned many times from itself. The variable is captured, so it stays
// a memory cell: finding whether the context is cut from the request
// visits the cell's stores, each of which reads the cell again, and must
// do so once, not once per path through them.
package reassigned_context

import (
	"context"
	"net/http"
)

type key int

func work(ctx context.Context) { <-ctx.Done() }

func handler(w http.ResponseWriter, r *http.Request) {
	ctx := r.Context()
	defer func() { _ = ctx }()
	ctx = context.WithValue(ctx, key(0), r.URL.Path)
	ctx = context.WithValue(ctx, key(1), r.URL.Path)
	ctx = context.WithValue(ctx, key(2), r.URL.Path)
	ctx = context.WithValue(ctx, key(3), r.URL.Path)
	ctx = context.WithValue(ctx, key(4), r.URL.Path)
	ctx = context.WithValue(ctx, key(5), r.URL.Path)
	ctx = context.WithValue(ctx, key(6), r.URL.Path)
	ctx = context.WithValue(ctx, key(7), r.URL.Path)
	ctx = context.WithValue(ctx, key(8), r.URL.Path)
	ctx = context.WithValue(ctx, key(9), r.URL.Path)
	ctx = context.WithValue(ctx, key(10), r.URL.Path)
	ctx = context.WithValue(ctx, key(11), r.URL.Path)
	ctx = context.WithValue(ctx, key(12), r.URL.Path)
	ctx = context.WithValue(ctx, key(13), r.URL.Path)
	ctx = context.WithValue(ctx, key(14), r.URL.Path)
	ctx = context.WithValue(ctx, key(15), r.URL.Path)
	ctx = context.WithValue(ctx, key(16), r.URL.Path)
	ctx = context.WithValue(ctx, key(17), r.URL.Path)
	ctx = context.WithValue(ctx, key(18), r.URL.Path)
	ctx = context.WithValue(ctx, key(19), r.URL.Path)
	ctx = context.WithValue(ctx, key(20), r.URL.Path)
	ctx = context.WithValue(ctx, key(21), r.URL.Path)
	ctx = context.WithValue(ctx, key(22), r.URL.Path)
	ctx = context.WithValue(ctx, key(23), r.URL.Path)
	ctx = context.WithValue(ctx, key(24), r.URL.Path)
	ctx = context.WithValue(ctx, key(25), r.URL.Path)
	ctx = context.WithValue(ctx, key(26), r.URL.Path)
	ctx = context.WithValue(ctx, key(27), r.URL.Path)
	ctx = context.WithValue(ctx, key(28), r.URL.Path)
	ctx = context.WithValue(ctx, key(29), r.URL.Path)
	go work(ctx) // want `handler handler starts a goroutine \(go work\) that outlives the request`
}
