package main

import (
	"database/sql"
	"net/http"
	"os"
	"time"

	"github.com/alexedwards/scs/goredisstore"
	"github.com/alexedwards/scs/postgresstore"
	"github.com/alexedwards/scs/redisstore"
	"github.com/alexedwards/scs/v2"
	"github.com/gomodule/redigo/redis"
	goredis "github.com/redis/go-redis/v9"
)

var sessionManager *scs.SessionManager

type application struct {
	sessions *scs.SessionManager
}

type server struct {
	*scs.SessionManager
}

func setStore(sm *scs.SessionManager, db *sql.DB) {
	sm.Store = postgresstore.New(db)
}

func newManager(rdb *goredis.Client) *scs.SessionManager {
	sm := scs.New()
	sm.Store = goredisstore.New(rdb)
	return sm
}

func openSessions() (*scs.SessionManager, error) {
	sm := scs.New()
	sm.Lifetime = time.Hour
	return sm, nil
}

func main() {
	pool := &redis.Pool{MaxIdle: 10}

	// Store set after New, on a package variable.
	sessionManager = scs.New()
	sessionManager.Lifetime = 24 * time.Hour
	sessionManager.Store = redisstore.New(pool)

	// Store set on a struct field.
	app := &application{}
	app.sessions = scs.New()
	app.sessions.Store = redisstore.New(pool)

	// Store set through an embedded manager.
	srv := server{SessionManager: scs.New()}
	srv.Store = redisstore.New(pool)

	// Store set by a helper the manager is passed to.
	db, _ := sql.Open("postgres", os.Getenv("DATABASE_URL"))
	other := scs.New()
	setStore(other, db)

	// Store set where the manager is built.
	third := newManager(goredis.NewClient(&goredis.Options{Addr: "redis:6379"}))

	// Store set on one path only: trusted.
	fourth := scs.New()
	if url := os.Getenv("REDIS_URL"); url != "" {
		fourth.Store = redisstore.New(pool)
	}

	// Store set by the caller of a helper returning (manager, error).
	fifth, err := openSessions()
	if err != nil {
		panic(err)
	}
	fifth.Store = redisstore.New(pool)

	mux := http.NewServeMux()
	h := sessionManager.LoadAndSave(app.sessions.LoadAndSave(srv.LoadAndSave(other.LoadAndSave(third.LoadAndSave(fourth.LoadAndSave(fifth.LoadAndSave(mux)))))))
	_ = http.ListenAndServe(":4000", h)
}
