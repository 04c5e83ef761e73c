package shared_stores_quiet

import (
	"net/http"
	"time"

	"github.com/RichardKnop/machinery/v1/config"
	ginsessions "github.com/gin-contrib/sessions"
	"github.com/gin-contrib/sessions/cookie"
	ginredis "github.com/gin-contrib/sessions/redis"
	"github.com/gin-gonic/gin"
	"github.com/go-chi/httprate"
	httprateredis "github.com/go-chi/httprate-redis"
	fiber2 "github.com/gofiber/fiber/v2"
	csrf2 "github.com/gofiber/fiber/v2/middleware/csrf"
	limiter2 "github.com/gofiber/fiber/v2/middleware/limiter"
	session2 "github.com/gofiber/fiber/v2/middleware/session"
	"github.com/gofiber/fiber/v3"
	"github.com/gofiber/fiber/v3/middleware/idempotency"
	"github.com/gofiber/fiber/v3/middleware/limiter"
	"github.com/gofiber/fiber/v3/middleware/session"
	fiberredis "github.com/gofiber/storage/redis/v3"
	"github.com/gorilla/sessions"
	"github.com/labstack/echo/v4"
	"github.com/labstack/echo/v4/middleware"
	goredis "github.com/redis/go-redis/v9"
	ululelimiter "github.com/ulule/limiter/v3"
	ululeredis "github.com/ulule/limiter/v3/drivers/store/redis"
)

var cookies = sessions.NewCookieStore([]byte("k"))

func Gin(r *gin.Engine) error {
	r.Use(ginsessions.Sessions("a", cookie.NewStore([]byte("k"))))
	store, err := ginredis.NewStore(10, "tcp", "redis:6379", "", "", []byte("k"))
	if err != nil {
		return err
	}
	r.Use(ginsessions.Sessions("b", store))
	return nil
}

func FiberV2(app *fiber2.App) {
	storage := fiberredis.New(fiberredis.Config{Host: "redis", Port: 6379})
	store := session2.New(session2.Config{Storage: storage})
	cfg := limiter2.Config{Max: 10}
	cfg.Storage = storage
	app.Use(limiter2.New(cfg))
	app.Use(csrf2.New(csrf2.Config{Session: store}))
}

func FiberV3(app *fiber.App, cfgs ...limiter.Config) {
	storage := fiberredis.New()
	handler, store := session.NewWithStore(session.Config{Storage: storage})
	app.Use(handler)
	app.Use(session.New(session.Config{Store: store}))
	app.Use(limiter.New(cfgs...))
	app.Use(idempotency.New(idempotency.Config{Storage: storage}))
}

type redisLimiterStore struct{ rdb *goredis.Client }

func (s *redisLimiterStore) Allow(id string) (bool, error) { return true, nil }

func Echo(e *echo.Echo, rdb *goredis.Client) {
	e.Use(middleware.RateLimiter(&redisLimiterStore{rdb: rdb}))
}

func Chi(h http.Handler) http.Handler {
	counter := &httprateredis.Config{Host: "redis", Port: 6379, FallbackDisabled: true}
	h = httprate.Limit(100, time.Minute, httprate.WithKeyByIP(), httprateredis.WithRedisLimitCounter(counter))(h)
	rc, _ := httprateredis.NewRedisLimitCounter(&httprateredis.Config{Host: "redis", FallbackDisabled: true})
	return httprate.LimitBy(10, time.Second, httprate.KeyByEndpoint, httprate.WithLimitCounter(rc))(h)
}

func Ulule(rdb *goredis.Client) (*ululelimiter.Limiter, error) {
	store, err := ululeredis.NewStore(rdb)
	if err != nil {
		return nil, err
	}
	return ululelimiter.New(store, ululelimiter.Rate{Period: time.Minute, Limit: 100}), nil
}

var machineryConfig = &config.Config{Broker: "redis://redis:6379", DefaultQueue: "tasks"}
