package web

import (
	"crypto/subtle"
	"errors"
	"math"
	"net/http"
	"regexp"
	"strconv"
	"strings"

	"github.com/statecheck/statecheck/reference-app/after/internal/httpjson"
	"github.com/statecheck/statecheck/reference-app/after/internal/identity"
	"github.com/statecheck/statecheck/reference-app/after/internal/session"
	"github.com/statecheck/statecheck/reference-app/after/internal/token"
)

var validUsername = regexp.MustCompile(`^[a-z0-9_-]{1,32}$`)

func (s *Server) login(w http.ResponseWriter, r *http.Request) {
	var req struct {
		Username string `json:"username"`
		Password string `json:"password"`
	}
	if !httpjson.Decode(w, r, &req) {
		return
	}
	if !validUsername.MatchString(req.Username) ||
		subtle.ConstantTimeCompare([]byte(req.Password), []byte(s.Password)) != 1 {
		httpjson.Error(w, http.StatusUnauthorized, "wrong username or password")
		return
	}
	// Session fixation: a session id the client brought along, planted or
	// not, is thrown away; the login always gets a new id.
	if old, ok := s.Cookie.Read(r); ok {
		if err := s.Sessions.Delete(r.Context(), old); err != nil {
			unavailable(w, r, err)
			return
		}
	}
	id, err := s.Sessions.Create(r.Context(), req.Username)
	if err != nil {
		unavailable(w, r, err)
		return
	}
	s.Cookie.Set(w, id)
	httpjson.Write(w, http.StatusOK, map[string]string{"username": req.Username})
}

// logout deletes the session server-side, so the cookie is dead on every
// instance, not just dropped by this browser.
func (s *Server) logout(w http.ResponseWriter, r *http.Request) {
	if id, ok := s.Cookie.Read(r); ok {
		if err := s.Sessions.Delete(r.Context(), id); err != nil {
			unavailable(w, r, err)
			return
		}
	}
	s.Cookie.Clear(w)
	w.WriteHeader(http.StatusNoContent)
}

func (s *Server) me(w http.ResponseWriter, r *http.Request) {
	httpjson.Write(w, http.StatusOK, map[string]string{"username": identity.User(r.Context())})
}

// requireSession admits requests with a live session cookie.
func (s *Server) requireSession(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		id, ok := s.Cookie.Read(r)
		if !ok {
			httpjson.Error(w, http.StatusUnauthorized, "not logged in")
			return
		}
		user, err := s.Sessions.User(r.Context(), id)
		if errors.Is(err, session.ErrNotFound) {
			s.Cookie.Clear(w)
			httpjson.Error(w, http.StatusUnauthorized, "session expired, log in again")
			return
		}
		if err != nil {
			unavailable(w, r, err)
			return
		}
		next.ServeHTTP(w, r.WithContext(identity.With(r.Context(), user)))
	})
}

// requireToken admits requests with a valid bearer access token.
func (s *Server) requireToken(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		raw, ok := strings.CutPrefix(r.Header.Get("Authorization"), "Bearer ")
		if !ok {
			w.Header().Set("WWW-Authenticate", `Bearer realm="shop"`)
			httpjson.Error(w, http.StatusUnauthorized, "missing bearer token")
			return
		}
		user, err := s.Tokens.Verify(raw)
		if err != nil {
			w.Header().Set("WWW-Authenticate", `Bearer realm="shop", error="invalid_token"`)
			httpjson.Error(w, http.StatusUnauthorized, "invalid or expired token")
			return
		}
		next.ServeHTTP(w, r.WithContext(identity.With(r.Context(), user)))
	})
}

// limit applies the user's rate limit. If the limiter cannot be asked the
// request is refused (fail closed).
func (s *Server) limit(next http.HandlerFunc) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		ok, retryAfter, err := s.Limiter.Allow(r.Context(), "user:"+identity.User(r.Context()))
		if err != nil {
			unavailable(w, r, err)
			return
		}
		if !ok {
			secs := max(1, int(math.Ceil(retryAfter.Seconds())))
			w.Header().Set("Retry-After", strconv.Itoa(secs))
			httpjson.Error(w, http.StatusTooManyRequests, "rate limit exceeded")
			return
		}
		next(w, r)
	})
}

func (s *Server) issueToken(w http.ResponseWriter, r *http.Request) {
	pair, err := s.Tokens.Issue(r.Context(), identity.User(r.Context()))
	if err != nil {
		unavailable(w, r, err)
		return
	}
	httpjson.Write(w, http.StatusOK, pair)
}

type refreshRequest struct {
	RefreshToken string `json:"refresh_token"`
}

func (s *Server) refreshToken(w http.ResponseWriter, r *http.Request) {
	var req refreshRequest
	if !httpjson.Decode(w, r, &req) {
		return
	}
	pair, err := s.Tokens.Refresh(r.Context(), req.RefreshToken)
	if errors.Is(err, token.ErrInvalid) {
		httpjson.Error(w, http.StatusUnauthorized, "refresh token is invalid, used or revoked")
		return
	}
	if err != nil {
		unavailable(w, r, err)
		return
	}
	httpjson.Write(w, http.StatusOK, pair)
}

func (s *Server) revokeToken(w http.ResponseWriter, r *http.Request) {
	var req refreshRequest
	if !httpjson.Decode(w, r, &req) {
		return
	}
	if req.RefreshToken == "" {
		httpjson.Error(w, http.StatusBadRequest, "refresh_token is required")
		return
	}
	if err := s.Tokens.Revoke(r.Context(), req.RefreshToken); err != nil {
		unavailable(w, r, err)
		return
	}
	w.WriteHeader(http.StatusNoContent)
}
