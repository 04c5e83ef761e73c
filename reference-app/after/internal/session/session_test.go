package session

import (
	"crypto/rand"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"
	"time"
)

func TestKeyHidesID(t *testing.T) {
	id := rand.Text()
	if k := key(id); strings.Contains(k, id) || !strings.HasPrefix(k, "session:") {
		t.Errorf("key(%q) = %q", id, k)
	}
}

func TestCookieAttributes(t *testing.T) {
	w := httptest.NewRecorder()
	Cookie{Secure: true, MaxAge: time.Hour}.Set(w, "ID")
	set := w.Result().Cookies()
	if len(set) != 1 {
		t.Fatalf("got %d cookies", len(set))
	}
	c := set[0]
	if c.Name != "__Host-sid" || c.Value != "ID" || c.Path != "/" || c.Domain != "" ||
		!c.HttpOnly || !c.Secure || c.SameSite != http.SameSiteLaxMode || c.MaxAge != 3600 {
		t.Errorf("cookie %+v", c)
	}

	w = httptest.NewRecorder()
	Cookie{Secure: true}.Clear(w)
	if c := w.Result().Cookies()[0]; c.MaxAge >= 0 || c.Value != "" {
		t.Errorf("cleared cookie %+v", c)
	}
}

func TestCookieRead(t *testing.T) {
	ck := Cookie{Secure: true}
	r := httptest.NewRequest(http.MethodGet, "/", nil)
	if _, ok := ck.Read(r); ok {
		t.Error("read a cookie from a request without one")
	}
	r.AddCookie(&http.Cookie{Name: "sid", Value: "plain"})
	if _, ok := ck.Read(r); ok {
		t.Error("a Secure cookie reader took the plain-HTTP cookie name")
	}
	r.AddCookie(&http.Cookie{Name: "__Host-sid", Value: "ID"})
	if id, ok := ck.Read(r); !ok || id != "ID" {
		t.Errorf("Read = %q, %v", id, ok)
	}
}
