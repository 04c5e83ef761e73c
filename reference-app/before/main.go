// Command before is the demo shop as a small team first ships it: one
// process that keeps sessions, carts, avatars, export jobs and rate limits
// to itself. It works on one instance; README.md lists what breaks once a
// second instance runs behind a load balancer, and after/ is the same shop
// with that state moved out of the process.
package main

import (
	"encoding/json"
	"log"
	"net/http"
	"os"
	"path/filepath"
	"time"

	"github.com/go-chi/httprate"
)

func main() {
	addr := os.Getenv("ADDR")
	if addr == "" {
		addr = ":8080"
	}
	shopPassword = os.Getenv("SHOP_PASSWORD")
	jwtSecret = []byte(os.Getenv("JWT_SECRET"))
	if shopPassword == "" || len(jwtSecret) == 0 {
		log.Fatal("SHOP_PASSWORD and JWT_SECRET must be set")
	}
	avatarDir = envOr("AVATAR_DIR", filepath.Join(os.TempDir(), "shop-avatars"))
	exportDir = envOr("EXPORT_DIR", filepath.Join(os.TempDir(), "shop-exports"))
	for _, dir := range []string{avatarDir, exportDir} {
		if err := os.MkdirAll(dir, 0o755); err != nil {
			log.Fatal(err)
		}
	}

	limits := newLimiterStore(10, 20)

	mux := http.NewServeMux()
	mux.HandleFunc("GET /healthz", handleHealth)
	// Slow down password guessing: each instance counts login attempts
	// per client address in its own memory.
	mux.Handle("POST /login", httprate.LimitByIP(600, time.Minute)(http.HandlerFunc(handleLogin)))
	mux.HandleFunc("POST /logout", handleLogout)

	// Everything below needs a logged-in user and counts against that
	// user's rate limit.
	user := func(h http.HandlerFunc) http.Handler { return requireLogin(limits.limit(h)) }
	mux.Handle("GET /me", user(handleMe))
	mux.Handle("GET /cart", user(handleListCart))
	mux.Handle("POST /cart/items", user(handleAddToCart))
	mux.Handle("PUT /avatar", user(handleUploadAvatar))
	mux.Handle("GET /avatar", user(handleGetAvatar))
	mux.Handle("POST /exports", user(handleStartExport))
	mux.Handle("GET /exports/{id}", user(handleExportStatus))
	mux.Handle("GET /exports/{id}/file", user(handleExportFile))
	mux.Handle("POST /api/token", user(handleIssueToken))

	// The API authenticates with the bearer token instead of the cookie.
	mux.Handle("GET /api/cart", requireToken(limits.limit(handleListCart)))

	log.Printf("shop listening on %s", addr)
	log.Fatal(http.ListenAndServe(addr, mux))
}

func handleHealth(w http.ResponseWriter, r *http.Request) {
	writeJSON(w, http.StatusOK, map[string]string{"status": "ok"})
}

func envOr(key, fallback string) string {
	if v := os.Getenv(key); v != "" {
		return v
	}
	return fallback
}

func writeJSON(w http.ResponseWriter, status int, v any) {
	w.Header().Set("Content-Type", "application/json")
	w.WriteHeader(status)
	if err := json.NewEncoder(w).Encode(v); err != nil {
		log.Printf("write response: %v", err)
	}
}

func writeError(w http.ResponseWriter, status int, msg string) {
	writeJSON(w, status, map[string]string{"error": msg})
}
