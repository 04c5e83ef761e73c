// Package proto is a test stub mirroring the parts of
// github.com/redis/go-redis/v9/internal/proto v9.7.3 that the redis stub
// needs.
package proto

// Nil reply returned by Redis when key does not exist.
const Nil = RedisError("redis: nil") // nolint:errname

// RedisError is an error returned by the Redis server.
type RedisError string

func (e RedisError) Error() string { return string(e) }

// RedisError marks the error as a Redis server error.
func (RedisError) RedisError() {}
