package redis_session_key_without_ttl

import (
	"context"
	"encoding/json"

	"github.com/redis/go-redis/v9"
)

type Store struct {
	rdb *redis.Client
}

func (s *Store) CreateSession(ctx context.Context, id string, data []byte) error {
	return s.rdb.Set(ctx, "session:"+id, data, 0).Err() // want `redis Set with zero expiration writes a session key that never expires`
}

func (s *Store) Claim(ctx context.Context, sid string) (bool, error) {
	return s.rdb.SetNX(ctx, sid, "1", 0).Result() // want `redis SetNX with zero expiration writes a session key`
}

func (s *Store) SaveToken(ctx context.Context, userID string, v any) error {
	b, _ := json.Marshal(v)
	return s.rdb.SetArgs(ctx, "user:"+userID, b, redis.SetArgs{Mode: "NX"}).Err() // want `redis SetArgs without TTL writes a session key`
}

func (s *Store) PutCart(ctx context.Context, sessionID string, item string) error {
	return s.rdb.HSet(ctx, "cart:"+sessionID, item, 1).Err() // want `redis HSet with no Expire on the key in this function writes a session key`
}
