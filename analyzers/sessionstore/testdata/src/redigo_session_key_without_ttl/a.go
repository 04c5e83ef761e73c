package redigo_session_key_without_ttl

import (
	"time"

	"github.com/gomodule/redigo/redis"
)

var pool = &redis.Pool{MaxIdle: 3, IdleTimeout: 240 * time.Second}

func saveSession(token string, data []byte) error {
	conn := pool.Get()
	defer conn.Close()
	_, err := conn.Do("SET", "sess:"+token, data) // want `redis SET without EX or PX writes a session key`
	return err
}

func rememberCSRF(user, value string) error {
	conn := pool.Get()
	defer conn.Close()
	key := "csrf:" + user
	return conn.Send("hset", key, "value", value) // want `redis HSET with no EXPIRE on the key in this function writes a session key`
}
