// Package kataras_with_database_quiet gives its go-sessions manager a
// database: quiet.
package kataras_with_database_quiet

import (
	"time"

	sessions "github.com/kataras/go-sessions/v3"
)

type redisDB struct{}

func (redisDB) Acquire(string, time.Duration) {}

var sess = sessions.New(sessions.Config{Cookie: "sid"})

func init() {
	sess.UseDatabase(redisDB{})
}
