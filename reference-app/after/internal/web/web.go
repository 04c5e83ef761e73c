// Package web is the shop's HTTP surface. It holds no client state of its
// own: every handler reads and writes through the stores it is given, all
// of which live outside the process, so any instance can serve any request
// and an instance can be killed or replaced without a client noticing.
package web

import (
	"context"
	"log/slog"
	"net/http"
	"net/url"
	"sync/atomic"
	"time"

	"github.com/statecheck/statecheck/reference-app/after/internal/cart"
	"github.com/statecheck/statecheck/reference-app/after/internal/export"
	"github.com/statecheck/statecheck/reference-app/after/internal/httpjson"
	"github.com/statecheck/statecheck/reference-app/after/internal/session"
	"github.com/statecheck/statecheck/reference-app/after/internal/token"
)

// Sessions stores login sessions (session.Store).
type Sessions interface {
	Create(ctx context.Context, user string) (string, error)
	User(ctx context.Context, id string) (string, error)
	Delete(ctx context.Context, id string) error
}

// Carts stores carts (cart.Store).
type Carts interface {
	Add(ctx context.Context, user string, it cart.Item) error
	List(ctx context.Context, user string) ([]cart.Item, error)
}

// Avatars hands out avatar URLs (avatar.Store).
type Avatars interface {
	UploadURL(ctx context.Context, user, contentType string, size int64) (*url.URL, error)
	DownloadURL(ctx context.Context, user string) (*url.URL, error)
}

// Exports runs export jobs (export.Jobs).
type Exports interface {
	Start(ctx context.Context, owner string) (string, error)
	Status(ctx context.Context, owner, id string) (export.Status, error)
	FileURL(ctx context.Context, owner, id string) (*url.URL, error)
}

// Limiter bounds each user's request rate (ratelimit.Limiter).
type Limiter interface {
	Allow(ctx context.Context, key string) (bool, time.Duration, error)
}

// Tokens issues and checks API tokens (token.Issuer).
type Tokens interface {
	Issue(ctx context.Context, user string) (token.Pair, error)
	Verify(raw string) (string, error)
	Refresh(ctx context.Context, refreshToken string) (token.Pair, error)
	Revoke(ctx context.Context, refreshToken string) error
}

// Server serves the shop's endpoints.
type Server struct {
	Sessions Sessions
	Carts    Carts
	Avatars  Avatars
	Exports  Exports
	Limiter  Limiter
	Tokens   Tokens
	Cookie   session.Cookie
	// Password is the demo password every account shares.
	Password string
	// Ready checks the backing services for the health endpoint.
	Ready func(context.Context) error

	draining atomic.Bool
}

// Drain makes the health endpoint fail from now on, so that a load
// balancer that probes it stops sending traffic before the server stops.
func (s *Server) Drain() { s.draining.Store(true) }

// Handler returns the shop's routes.
func (s *Server) Handler() http.Handler {
	mux := http.NewServeMux()
	mux.HandleFunc("GET /healthz", s.health)
	mux.HandleFunc("POST /login", s.login)
	mux.HandleFunc("POST /logout", s.logout)

	user := func(h http.HandlerFunc) http.Handler { return s.requireSession(s.limit(h)) }
	mux.Handle("GET /me", user(s.me))
	mux.Handle("GET /cart", user(s.listCart))
	mux.Handle("POST /cart/items", user(s.addToCart))
	mux.Handle("PUT /avatar", user(s.uploadAvatar))
	mux.Handle("GET /avatar", user(s.avatar))
	mux.Handle("POST /exports", user(s.startExport))
	mux.Handle("GET /exports/{id}", user(s.exportStatus))
	mux.Handle("GET /exports/{id}/file", user(s.exportFile))
	mux.Handle("POST /api/token", user(s.issueToken))

	mux.HandleFunc("POST /api/token/refresh", s.refreshToken)
	mux.HandleFunc("POST /api/token/revoke", s.revokeToken)
	mux.Handle("GET /api/cart", s.requireToken(s.limit(s.listCart)))

	return recoverPanics(mux)
}

func (s *Server) health(w http.ResponseWriter, r *http.Request) {
	if s.draining.Load() {
		httpjson.Write(w, http.StatusServiceUnavailable, map[string]string{"status": "draining"})
		return
	}
	ctx, cancel := context.WithTimeout(r.Context(), time.Second)
	defer cancel()
	if err := s.Ready(ctx); err != nil {
		slog.Warn("health check failed", "err", err)
		httpjson.Write(w, http.StatusServiceUnavailable, map[string]string{"status": "unavailable"})
		return
	}
	httpjson.Write(w, http.StatusOK, map[string]string{"status": "ok"})
}

// unavailable answers a request whose backing service failed. It is a 503,
// not a 500: nothing is wrong with the request, and retrying may work.
func unavailable(w http.ResponseWriter, r *http.Request, err error) {
	slog.Error("backing service failed", "method", r.Method, "path", r.URL.Path, "err", err)
	httpjson.Error(w, http.StatusServiceUnavailable, "service temporarily unavailable, try again")
}

// recoverPanics turns a panic into a logged 500 instead of a dropped
// connection, which a proxy would report as a 502.
func recoverPanics(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		defer func() {
			if v := recover(); v != nil {
				if v == http.ErrAbortHandler {
					panic(v)
				}
				slog.Error("panic", "method", r.Method, "path", r.URL.Path, "panic", v)
				httpjson.Error(w, http.StatusInternalServerError, "internal error")
			}
		}()
		next.ServeHTTP(w, r)
	})
}
