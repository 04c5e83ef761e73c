package web

import (
	"context"
	"errors"
	"io"
	"net/http"
	"net/http/httptest"
	"net/url"
	"strings"
	"testing"
	"time"

	"github.com/statecheck/statecheck/reference-app/after/internal/avatar"
	"github.com/statecheck/statecheck/reference-app/after/internal/cart"
	"github.com/statecheck/statecheck/reference-app/after/internal/export"
	"github.com/statecheck/statecheck/reference-app/after/internal/session"
	"github.com/statecheck/statecheck/reference-app/after/internal/token"
)

var errDown = errors.New("connection refused")

// fakeSessions knows one session, "SID", of alice. It reports the ids it
// is asked to delete and the sessions it creates on channels.
type fakeSessions struct {
	down    bool
	deleted chan string
	created chan string
}

func newFakeSessions() *fakeSessions {
	return &fakeSessions{deleted: make(chan string, 10), created: make(chan string, 10)}
}

func (f *fakeSessions) Create(_ context.Context, user string) (string, error) {
	if f.down {
		return "", errDown
	}
	f.created <- user
	return "NEW", nil
}

func (f *fakeSessions) User(_ context.Context, id string) (string, error) {
	switch {
	case f.down:
		return "", errDown
	case id == "SID":
		return "alice", nil
	}
	return "", session.ErrNotFound
}

func (f *fakeSessions) Delete(_ context.Context, id string) error {
	if f.down {
		return errDown
	}
	f.deleted <- id
	return nil
}

type fakeCarts struct{}

func (fakeCarts) Add(context.Context, string, cart.Item) error { return nil }

func (fakeCarts) List(context.Context, string) ([]cart.Item, error) {
	return []cart.Item{{SKU: "tea", Quantity: 2}}, nil
}

// drain returns what is waiting on ch.
func drain(ch chan string) []string {
	var got []string
	for {
		select {
		case s := <-ch:
			got = append(got, s)
		default:
			return got
		}
	}
}

type fakeAvatars struct{ has bool }

func (fakeAvatars) UploadURL(context.Context, string, string, int64) (*url.URL, error) {
	return url.Parse("http://s3.test/put")
}

func (f fakeAvatars) DownloadURL(context.Context, string) (*url.URL, error) {
	if !f.has {
		return nil, avatar.ErrNotFound
	}
	return url.Parse("http://s3.test/get")
}

// fakeExports knows job "RUNNING" (unfinished) and "DONE".
type fakeExports struct{}

func (fakeExports) Start(context.Context, string) (string, error) { return "JOB", nil }

func (fakeExports) Status(_ context.Context, _, id string) (export.Status, error) {
	switch id {
	case "RUNNING":
		return export.Running, nil
	case "DONE":
		return export.Done, nil
	}
	return "", export.ErrNotFound
}

func (f fakeExports) FileURL(ctx context.Context, owner, id string) (*url.URL, error) {
	s, err := f.Status(ctx, owner, id)
	if err != nil {
		return nil, err
	}
	if s != export.Done {
		return nil, export.ErrNotReady
	}
	return url.Parse("http://s3.test/export")
}

type fakeLimiter struct {
	allow bool
	err   error
}

func (f fakeLimiter) Allow(context.Context, string) (bool, time.Duration, error) {
	return f.allow, 1500 * time.Millisecond, f.err
}

type fakeTokens struct{}

func (fakeTokens) Issue(context.Context, string) (token.Pair, error) {
	return token.Pair{AccessToken: "ACCESS", RefreshToken: "REFRESH"}, nil
}

func (fakeTokens) Verify(raw string) (string, error) {
	if raw == "ACCESS" {
		return "alice", nil
	}
	return "", token.ErrInvalid
}

func (fakeTokens) Refresh(_ context.Context, rt string) (token.Pair, error) {
	if rt == "REFRESH" {
		return token.Pair{AccessToken: "ACCESS"}, nil
	}
	return token.Pair{}, token.ErrInvalid
}

func (fakeTokens) Revoke(context.Context, string) error { return nil }

func newServer() (*Server, *fakeSessions) {
	sessions := newFakeSessions()
	return &Server{
		Sessions: sessions,
		Carts:    fakeCarts{},
		Avatars:  fakeAvatars{},
		Exports:  fakeExports{},
		Limiter:  fakeLimiter{allow: true},
		Tokens:   fakeTokens{},
		Cookie:   session.Cookie{Secure: true, MaxAge: time.Hour},
		Password: "pw",
		Ready:    func(context.Context) error { return nil },
	}, sessions
}

type request struct {
	method, path, body string
	header             map[string]string
	loggedIn           bool
	contentLength      int64 // overrides the body's length when non-zero
}

func (s *Server) do(t *testing.T, r request) *httptest.ResponseRecorder {
	t.Helper()
	req := httptest.NewRequest(r.method, r.path, strings.NewReader(r.body))
	if r.body != "" {
		req.Header.Set("Content-Type", "application/json")
	}
	for k, v := range r.header {
		req.Header.Set(k, v)
	}
	if r.contentLength != 0 {
		req.ContentLength = r.contentLength
	}
	if r.loggedIn {
		req.AddCookie(&http.Cookie{Name: s.Cookie.Name(), Value: "SID"})
	}
	w := httptest.NewRecorder()
	s.Handler().ServeHTTP(w, req)
	return w
}

// Bad input gets a clear 4xx, never a 500.
func TestBadInput(t *testing.T) {
	tests := []struct {
		name string
		req  request
		want int
	}{
		{"login broken JSON", request{method: "POST", path: "/login", body: `{"username":`}, 400},
		{"login unknown field", request{method: "POST", path: "/login", body: `{"username":"a","password":"pw","admin":1}`}, 400},
		{"login wrong password", request{method: "POST", path: "/login", body: `{"username":"alice","password":"nope"}`}, 401},
		{"login bad username", request{method: "POST", path: "/login", body: `{"username":"../x","password":"pw"}`}, 401},
		{"login as a form", request{method: "POST", path: "/login", body: `username=a`, header: map[string]string{"Content-Type": "application/x-www-form-urlencoded"}}, 415},
		{"no session", request{method: "GET", path: "/me"}, 401},
		{"unknown session", request{method: "GET", path: "/me", header: map[string]string{"Cookie": "__Host-sid=OTHER"}}, 401},
		{"cart broken JSON", request{method: "POST", path: "/cart/items", body: `{"sku":`, loggedIn: true}, 400},
		{"cart zero quantity", request{method: "POST", path: "/cart/items", body: `{"sku":"tea","quantity":0}`, loggedIn: true}, 400},
		{"cart bad sku", request{method: "POST", path: "/cart/items", body: `{"sku":"<script>","quantity":1}`, loggedIn: true}, 400},
		{"avatar GIF", request{method: "PUT", path: "/avatar", body: "GIF89a", header: map[string]string{"Content-Type": "image/gif"}, loggedIn: true}, 415},
		{"avatar too large", request{method: "PUT", path: "/avatar", body: "x", header: map[string]string{"Content-Type": "image/png"}, contentLength: avatar.MaxBytes + 1, loggedIn: true}, 413},
		{"avatar chunked", request{method: "PUT", path: "/avatar", body: "x", header: map[string]string{"Content-Type": "image/png"}, contentLength: -1, loggedIn: true}, 411},
		{"avatar none yet", request{method: "GET", path: "/avatar", loggedIn: true}, 404},
		{"unknown export", request{method: "GET", path: "/exports/NOPE", loggedIn: true}, 404},
		{"unknown export file", request{method: "GET", path: "/exports/NOPE/file", loggedIn: true}, 404},
		{"unfinished export file", request{method: "GET", path: "/exports/RUNNING/file", loggedIn: true}, 409},
		{"API without token", request{method: "GET", path: "/api/cart"}, 401},
		{"API with bad token", request{method: "GET", path: "/api/cart", header: map[string]string{"Authorization": "Bearer forged"}}, 401},
		{"refresh unknown", request{method: "POST", path: "/api/token/refresh", body: `{"refresh_token":"nope"}`}, 401},
		{"refresh broken JSON", request{method: "POST", path: "/api/token/refresh", body: `[`}, 400},
		{"revoke nothing", request{method: "POST", path: "/api/token/revoke", body: `{}`}, 400},
		{"wrong method", request{method: "DELETE", path: "/cart", loggedIn: true}, 405},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			s, _ := newServer()
			w := s.do(t, tt.req)
			if w.Code != tt.want {
				t.Fatalf("got %d %s, want %d", w.Code, w.Body, tt.want)
			}
		})
	}
}

func TestHappyPaths(t *testing.T) {
	s, _ := newServer()
	s.Avatars = fakeAvatars{has: true}
	for _, tt := range []struct {
		req      request
		want     int
		location string
	}{
		{request{method: "GET", path: "/me", loggedIn: true}, 200, ""},
		{request{method: "POST", path: "/cart/items", body: `{"sku":"tea","quantity":2}`, loggedIn: true}, 200, ""},
		{request{method: "PUT", path: "/avatar", body: "png", header: map[string]string{"Content-Type": "image/png"}, loggedIn: true}, 307, "http://s3.test/put"},
		{request{method: "GET", path: "/avatar", loggedIn: true}, 302, "http://s3.test/get"},
		{request{method: "POST", path: "/exports", loggedIn: true}, 202, "/exports/JOB"},
		{request{method: "GET", path: "/exports/DONE/file", loggedIn: true}, 302, "http://s3.test/export"},
		{request{method: "GET", path: "/api/cart", header: map[string]string{"Authorization": "Bearer ACCESS"}}, 200, ""},
		{request{method: "POST", path: "/api/token/refresh", body: `{"refresh_token":"REFRESH"}`}, 200, ""},
	} {
		w := s.do(t, tt.req)
		if w.Code != tt.want || w.Header().Get("Location") != tt.location {
			t.Errorf("%s %s: got %d Location %q, want %d %q", tt.req.method, tt.req.path,
				w.Code, w.Header().Get("Location"), tt.want, tt.location)
		}
	}
}

// A session id the client brings to login is discarded, never adopted.
func TestLoginDiscardsPresentedSession(t *testing.T) {
	s, sessions := newServer()
	w := s.do(t, request{method: "POST", path: "/login", body: `{"username":"alice","password":"pw"}`,
		header: map[string]string{"Cookie": "__Host-sid=PLANTED"}})
	if w.Code != 200 {
		t.Fatalf("login: %d %s", w.Code, w.Body)
	}
	deleted, created := drain(sessions.deleted), drain(sessions.created)
	if len(deleted) != 1 || deleted[0] != "PLANTED" || len(created) != 1 || created[0] != "alice" {
		t.Errorf("deleted %v, created %v", deleted, created)
	}
	set := w.Result().Cookies()
	if len(set) != 1 || set[0].Value != "NEW" {
		t.Errorf("cookies %v", set)
	}
}

func TestLogoutDeletesSession(t *testing.T) {
	s, sessions := newServer()
	w := s.do(t, request{method: "POST", path: "/logout", loggedIn: true})
	if deleted := drain(sessions.deleted); w.Code != 204 || len(deleted) != 1 || deleted[0] != "SID" {
		t.Errorf("logout: %d, deleted %v", w.Code, deleted)
	}
	if c := w.Result().Cookies(); len(c) != 1 || c[0].MaxAge >= 0 {
		t.Errorf("cookie not cleared: %v", c)
	}
}

// The rate limiter fails closed: when Redis is down the request is
// refused, not waved through.
func TestRateLimit(t *testing.T) {
	s, _ := newServer()
	s.Limiter = fakeLimiter{allow: false}
	w := s.do(t, request{method: "GET", path: "/me", loggedIn: true})
	if w.Code != 429 || w.Header().Get("Retry-After") != "2" {
		t.Errorf("limited: %d Retry-After %q", w.Code, w.Header().Get("Retry-After"))
	}
	s.Limiter = fakeLimiter{err: errDown}
	if w := s.do(t, request{method: "GET", path: "/me", loggedIn: true}); w.Code != 503 {
		t.Errorf("limiter down: %d, want 503", w.Code)
	}
}

func TestBackingServiceDown(t *testing.T) {
	s, sessions := newServer()
	sessions.down = true
	for _, req := range []request{
		{method: "GET", path: "/me", loggedIn: true},
		{method: "POST", path: "/login", body: `{"username":"alice","password":"pw"}`},
		{method: "POST", path: "/logout", loggedIn: true},
	} {
		if w := s.do(t, req); w.Code != 503 {
			t.Errorf("%s %s with sessions down: %d, want 503", req.method, req.path, w.Code)
		}
	}
}

func TestHealth(t *testing.T) {
	s, _ := newServer()
	if w := s.do(t, request{method: "GET", path: "/healthz"}); w.Code != 200 {
		t.Errorf("healthy: %d", w.Code)
	}
	s.Ready = func(context.Context) error { return errDown }
	if w := s.do(t, request{method: "GET", path: "/healthz"}); w.Code != 503 {
		t.Errorf("redis down: %d", w.Code)
	}
	s.Ready = func(context.Context) error { return nil }
	s.Drain()
	if w := s.do(t, request{method: "GET", path: "/healthz"}); w.Code != 503 {
		t.Errorf("draining: %d", w.Code)
	}
}

func TestPanicIsA500(t *testing.T) {
	h := recoverPanics(http.HandlerFunc(func(http.ResponseWriter, *http.Request) { panic("boom") }))
	w := httptest.NewRecorder()
	h.ServeHTTP(w, httptest.NewRequest("GET", "/", nil))
	body, _ := io.ReadAll(w.Result().Body)
	if w.Code != 500 || !strings.Contains(string(body), "internal error") {
		t.Errorf("got %d %s", w.Code, body)
	}
}
