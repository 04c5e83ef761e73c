// Package cache_or_state holds variables whose names say the opposite of
// what they hold: a cache is decided by what it holds, not by its name.
package cache_or_state

import (
	"crypto/hmac"
	"crypto/rand"
	"crypto/sha256"
	"encoding/hex"
	"html/template"
	"io"
	"net/http"
	"strings"
	"sync"
	"sync/atomic"
	"time"

	"github.com/golang-jwt/jwt/v4"
)

var (
	upstreamSecret = []byte("from the environment at startup")
	layoutPath     = "views/layout.html"

	// sessions holds a compiled template, not sessions: a cache.
	sessions     = map[string]*template.Template{}
	sessionsMu   sync.Mutex
	signedTokens sync.Map
	current      atomic.Value

	// templateCache holds client uploads, not templates: state.
	templateCache = map[string][]byte{}
	maintenance   bool
	csrfSecret    string
	bannerCache   string
	live          = map[string]*session{}
)

type session struct{ started time.Time }

func newSession() *session { return &session{started: time.Now()} }

type upstreamToken struct {
	token   string
	expires time.Time
}

// tokenFor signs an upstream token for the API key it is stored under,
// with its expiry: computed from the key alone, a memo, quiet.
func tokenFor(apiKey string) string {
	if v, ok := signedTokens.Load(apiKey); ok {
		if t := v.(upstreamToken); time.Now().Before(t.expires) {
			return t.token
		}
	}
	parts := strings.Split(apiKey, ".")
	if len(parts) != 2 {
		return ""
	}
	issued := time.Now()
	claims := jwt.MapClaims{"sub": parts[0], "iat": issued.Unix(), "exp": issued.Add(time.Hour).Unix()}
	t := jwt.NewWithClaims(jwt.SigningMethodHS256, claims)
	t.Header["kid"] = "upstream"
	tok, err := t.SignedString([]byte(parts[1]))
	if err != nil {
		return ""
	}
	signedTokens.Store(apiKey, upstreamToken{token: tok, expires: issued.Add(time.Hour)})
	return tok
}

// relay uses the upstream token of the channel's configured key: quiet.
func relay(w http.ResponseWriter, r *http.Request) {
	w.Header().Set("Authorization", tokenFor("configured.key"))
}

// start stores a fresh value under the client's key: computed from
// nothing of the key, it is client state.
func start(w http.ResponseWriter, r *http.Request) {
	live[r.FormValue("sid")] = newSession() // want `^handler start writes package-level map live: state kept`
}

func sign(secret []byte, audience string) string {
	m := hmac.New(sha256.New, secret)
	m.Write([]byte(audience))
	return hex.EncodeToString(m.Sum(nil))
}

// page compiles the layout from configuration, under a constant key: quiet.
func page(w http.ResponseWriter, r *http.Request) {
	sessionsMu.Lock()
	sessions["layout"] = template.Must(template.ParseFiles(layoutPath))
	sessionsMu.Unlock()
}

// proxy signs the upstream token from the configured secret: quiet.
func proxy(w http.ResponseWriter, r *http.Request) {
	signedTokens.Store("billing", sign(upstreamSecret, "billing"))
	current.Store(time.Now().Add(time.Hour))
}

// upload keeps the client's bytes in a variable called a cache: state.
func upload(w http.ResponseWriter, r *http.Request) {
	body, _ := io.ReadAll(r.Body)
	templateCache[r.FormValue("name")] = body // want `^handler upload writes package-level map templateCache: state kept`
}

// toggle flips a switch on one instance: a constant is no computation.
func toggle(w http.ResponseWriter, r *http.Request) {
	maintenance = true // want `^handler toggle assigns package-level variable maintenance: state kept`
}

// rotate draws a secret no other instance knows.
func rotate(w http.ResponseWriter, r *http.Request) {
	csrfSecret = rand.Text() // want `^handler rotate assigns package-level variable csrfSecret: state kept`
}

// banner is computed from the request: state, though it is called a cache.
func banner(w http.ResponseWriter, r *http.Request) {
	bannerCache = sign(upstreamSecret, r.FormValue("user")) // want `^handler banner assigns package-level variable bannerCache: state kept`
}

func main() {
	http.HandleFunc("/", page)
	http.HandleFunc("/proxy", proxy)
	http.HandleFunc("/upload", upload)
	http.HandleFunc("/toggle", toggle)
	http.HandleFunc("/rotate", rotate)
	http.HandleFunc("/banner", banner)
	http.HandleFunc("/relay", relay)
	http.HandleFunc("/start", start)
	http.ListenAndServe(":8080", nil)
}
