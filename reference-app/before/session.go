package main

import (
	"context"
	"crypto/rand"
	"crypto/subtle"
	"encoding/json"
	"net/http"
	"regexp"
	"sync"
	"time"
)

const (
	sessionCookie = "sid"
	sessionTTL    = 12 * time.Hour
)

// shopPassword is the demo password every account shares; the shop has no
// user directory of its own.
var shopPassword string

var validUsername = regexp.MustCompile(`^[a-z0-9_-]{1,32}$`)

type session struct {
	username string
	expires  time.Time
}

// sessions maps a session id (the cookie value) to the logged-in user.
var (
	sessionsMu sync.RWMutex
	sessions   = map[string]session{}
)

type userKey struct{}

func handleLogin(w http.ResponseWriter, r *http.Request) {
	var req struct {
		Username string `json:"username"`
		Password string `json:"password"`
	}
	if err := json.NewDecoder(http.MaxBytesReader(w, r.Body, 4<<10)).Decode(&req); err != nil {
		writeError(w, http.StatusBadRequest, "invalid JSON body")
		return
	}
	if !validUsername.MatchString(req.Username) ||
		subtle.ConstantTimeCompare([]byte(req.Password), []byte(shopPassword)) != 1 {
		writeError(w, http.StatusUnauthorized, "wrong username or password")
		return
	}

	id := rand.Text()
	sessionsMu.Lock()
	sessions[id] = session{username: req.Username, expires: time.Now().Add(sessionTTL)}
	sessionsMu.Unlock()

	http.SetCookie(w, &http.Cookie{
		Name:     sessionCookie,
		Value:    id,
		Path:     "/",
		HttpOnly: true,
		Expires:  time.Now().Add(sessionTTL),
	})
	writeJSON(w, http.StatusOK, map[string]string{"username": req.Username})
}

func handleLogout(w http.ResponseWriter, r *http.Request) {
	if c, err := r.Cookie(sessionCookie); err == nil {
		sessionsMu.Lock()
		delete(sessions, c.Value)
		sessionsMu.Unlock()
	}
	http.SetCookie(w, &http.Cookie{Name: sessionCookie, Value: "", Path: "/", MaxAge: -1})
	w.WriteHeader(http.StatusNoContent)
}

func handleMe(w http.ResponseWriter, r *http.Request) {
	writeJSON(w, http.StatusOK, map[string]string{"username": currentUser(r)})
}

// requireLogin rejects requests without a live session and puts the
// session's user in the request context.
func requireLogin(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		c, err := r.Cookie(sessionCookie)
		if err != nil {
			writeError(w, http.StatusUnauthorized, "not logged in")
			return
		}
		sessionsMu.RLock()
		s, ok := sessions[c.Value]
		sessionsMu.RUnlock()
		if !ok || time.Now().After(s.expires) {
			writeError(w, http.StatusUnauthorized, "not logged in")
			return
		}
		next.ServeHTTP(w, r.WithContext(context.WithValue(r.Context(), userKey{}, s.username)))
	})
}

func currentUser(r *http.Request) string {
	u, _ := r.Context().Value(userKey{}).(string)
	return u
}
