package sessionwords_flag

import (
	"context"

	"github.com/redis/go-redis/v9"
)

// Run with -sessionwords=cart: the name SaveCart marks its key as session
// state.
func SaveCart(ctx context.Context, rdb *redis.Client, user string, b []byte) error {
	return rdb.Set(ctx, "basket:"+user, b, 0).Err() // want `redis Set with zero expiration writes a session key`
}

func saveSession(ctx context.Context, rdb *redis.Client, id string, b []byte) error {
	return rdb.Set(ctx, "session:"+id, b, 0).Err() // "session" is not a word under this flag
}
