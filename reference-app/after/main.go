// Command after is the demo shop built to run as many interchangeable
// instances: sessions, carts, refresh tokens, rate limits and the export
// queue live in Redis, avatars and export files in S3-compatible storage,
// and the process keeps nothing a client depends on. It is configured only
// through the environment (see internal/config) and on SIGTERM finishes
// in-flight requests and running export jobs before it exits.
package main

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"net"
	"net/http"
	"os"
	"os/signal"
	"syscall"
	"time"

	"github.com/hibiken/asynq"
	"github.com/minio/minio-go/v7"
	"github.com/minio/minio-go/v7/pkg/credentials"
	"github.com/redis/go-redis/v9"

	"github.com/statecheck/statecheck/reference-app/after/internal/avatar"
	"github.com/statecheck/statecheck/reference-app/after/internal/cart"
	"github.com/statecheck/statecheck/reference-app/after/internal/config"
	"github.com/statecheck/statecheck/reference-app/after/internal/export"
	"github.com/statecheck/statecheck/reference-app/after/internal/ratelimit"
	"github.com/statecheck/statecheck/reference-app/after/internal/session"
	"github.com/statecheck/statecheck/reference-app/after/internal/token"
	"github.com/statecheck/statecheck/reference-app/after/internal/web"
)

func main() {
	if err := run(); err != nil {
		slog.Error("shop stopped", "err", err)
		os.Exit(1)
	}
}

func run() error {
	cfg, err := config.FromEnv(os.Getenv)
	if err != nil {
		return fmt.Errorf("configuration: %w", err)
	}

	ctx, stop := signal.NotifyContext(context.Background(), syscall.SIGTERM, os.Interrupt)
	defer stop()

	rdb, err := connectRedis(ctx, cfg.RedisURL)
	if err != nil {
		return err
	}
	defer rdb.Close()

	s3, err := connectS3(ctx, cfg)
	if err != nil {
		return err
	}

	queue, queueMux := export.NewServer(rdb, export.NewWorker(s3, cfg.S3Bucket), cfg.ShutdownTimeout)
	app := &web.Server{
		Sessions: session.NewStore(rdb, cfg.SessionIdleTimeout, cfg.SessionMaxAge),
		Carts:    cart.NewStore(rdb),
		Avatars:  avatar.NewStore(s3, cfg.S3Bucket),
		Exports: export.NewJobs(asynq.NewClientFromRedisClient(rdb),
			asynq.NewInspectorFromRedisClient(rdb), s3, cfg.S3Bucket),
		Limiter:  ratelimit.New(rdb, cfg.RatePerSecond, cfg.RateBurst),
		Tokens:   token.NewIssuer(cfg.JWTKey, cfg.JWTIssuer, rdb),
		Cookie:   session.Cookie{Secure: cfg.CookieSecure, MaxAge: cfg.SessionMaxAge},
		Password: cfg.ShopPassword,
		Ready:    func(ctx context.Context) error { return rdb.Ping(ctx).Err() },
	}
	srv := &http.Server{
		Handler:           app.Handler(),
		ReadHeaderTimeout: 5 * time.Second,
		ReadTimeout:       30 * time.Second,
		WriteTimeout:      30 * time.Second,
		IdleTimeout:       60 * time.Second,
	}

	// Listen before anything starts so that a taken port fails the start.
	ln, err := net.Listen("tcp", cfg.HTTPAddr)
	if err != nil {
		return err
	}
	if err := queue.Start(queueMux); err != nil {
		ln.Close()
		return fmt.Errorf("start export worker: %w", err)
	}
	served := make(chan error, 1)
	go func() { served <- srv.Serve(ln) }()
	slog.Info("shop listening", "addr", ln.Addr().String())

	select {
	case err := <-served:
		queue.Shutdown()
		return fmt.Errorf("serve: %w", err)
	case <-ctx.Done():
	}
	// From here a second signal kills the process at once.
	stop()
	slog.Info("shutting down: finishing in-flight requests and running exports")
	app.Drain()

	// The HTTP server stops accepting, waits for in-flight requests, and
	// closes idle connections; the worker stops fetching jobs and lets
	// running ones finish, putting back any that outlast the timeout.
	shutdownCtx, cancel := context.WithTimeout(context.Background(), cfg.ShutdownTimeout)
	defer cancel()
	httpDone := make(chan error, 1)
	go func() { httpDone <- srv.Shutdown(shutdownCtx) }()
	queue.Shutdown()
	httpErr := <-httpDone
	if err := <-served; !errors.Is(err, http.ErrServerClosed) {
		return fmt.Errorf("serve: %w", err)
	}
	if httpErr != nil {
		return fmt.Errorf("shutdown: %w", httpErr)
	}
	slog.Info("shutdown complete")
	return nil
}

func connectRedis(ctx context.Context, rawURL string) (*redis.Client, error) {
	opts, err := redis.ParseURL(rawURL)
	if err != nil {
		return nil, fmt.Errorf("REDIS_URL: %w", err)
	}
	rdb := redis.NewClient(opts)
	pingCtx, cancel := context.WithTimeout(ctx, 5*time.Second)
	defer cancel()
	if err := rdb.Ping(pingCtx).Err(); err != nil {
		rdb.Close()
		return nil, fmt.Errorf("redis at %s: %w", opts.Addr, err)
	}
	return rdb, nil
}

// connectS3 returns a client for the configured bucket. The bucket is
// provisioned with the deployment, not by the shop, so a missing one is a
// configuration error.
func connectS3(ctx context.Context, cfg config.Config) (*minio.Client, error) {
	s3, err := minio.New(cfg.S3Endpoint.Host, &minio.Options{
		Creds:  credentials.NewStaticV4(cfg.S3AccessKey, cfg.S3SecretKey, ""),
		Secure: cfg.S3Endpoint.Scheme == "https",
		Region: cfg.S3Region,
	})
	if err != nil {
		return nil, fmt.Errorf("S3_ENDPOINT: %w", err)
	}
	checkCtx, cancel := context.WithTimeout(ctx, 5*time.Second)
	defer cancel()
	ok, err := s3.BucketExists(checkCtx, cfg.S3Bucket)
	if err != nil {
		return nil, fmt.Errorf("object storage at %s: %w", cfg.S3Endpoint.Host, err)
	}
	if !ok {
		return nil, fmt.Errorf("bucket %q does not exist at %s", cfg.S3Bucket, cfg.S3Endpoint.Host)
	}
	return s3, nil
}
