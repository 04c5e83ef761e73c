package redis_ttl_quiet

import (
	"context"
	"time"

	"github.com/gomodule/redigo/redis"
	goredis "github.com/redis/go-redis/v9"
)

const sessionTTL = 30 * time.Minute

type Store struct {
	rdb  *goredis.Client
	pool *redis.Pool
}

func (s *Store) CreateSession(ctx context.Context, id string, data []byte) error {
	return s.rdb.Set(ctx, "session:"+id, data, sessionTTL).Err()
}

func (s *Store) Touch(ctx context.Context, sid string, data []byte) error {
	if err := s.rdb.Set(ctx, sid, data, goredis.KeepTTL).Err(); err != nil {
		return err
	}
	return s.rdb.SetArgs(ctx, sid, data, goredis.SetArgs{KeepTTL: true}).Err()
}

func (s *Store) SetThenExpire(ctx context.Context, sessionID string, data []byte) error {
	key := "sess:" + sessionID
	if err := s.rdb.Set(ctx, key, data, 0).Err(); err != nil {
		return err
	}
	return s.rdb.Expire(ctx, key, sessionTTL).Err()
}

func (s *Store) PutCart(ctx context.Context, sessionID, item string) error {
	_, err := s.rdb.TxPipelined(ctx, func(pipe goredis.Pipeliner) error {
		pipe.HSet(ctx, "cart:"+sessionID, item, 1)
		pipe.Expire(ctx, "cart:"+sessionID, sessionTTL)
		return nil
	})
	return err
}

func (s *Store) PublishFeatureFlags(ctx context.Context, flags []byte) error {
	return s.rdb.Set(ctx, "config:feature-flags", flags, 0).Err()
}

func (s *Store) SaveSessionRedigo(token string, data []byte) error {
	conn := s.pool.Get()
	defer conn.Close()
	if _, err := conn.Do("SET", "sess:"+token, data, "EX", 1800); err != nil {
		return err
	}
	if _, err := conn.Do("SETEX", "sess:"+token, 1800, data); err != nil {
		return err
	}
	if _, err := conn.Do("HSET", "sess:"+token+":meta", "ip", "x"); err != nil {
		return err
	}
	_, err := conn.Do("EXPIRE", "sess:"+token+":meta", 1800)
	return err
}

func (s *Store) SaveArgs(token string, args []interface{}) error {
	conn := s.pool.Get()
	defer conn.Close()
	_, err := conn.Do("SET", args...)
	return err
}
