package session

import (
	"net/http"
	"time"
)

// Cookie writes and reads the session cookie.
type Cookie struct {
	// Secure marks the cookie Secure and gives it the __Host- prefix, which
	// also forbids a Domain attribute, so no sibling subdomain can set or
	// read it. Only a plain-HTTP developer setup turns it off.
	Secure bool
	// MaxAge is how long the browser keeps the cookie; the server enforces
	// the real lifetime.
	MaxAge time.Duration
}

// Name is the cookie's name.
func (c Cookie) Name() string {
	if c.Secure {
		return "__Host-sid"
	}
	return "sid"
}

// Set gives the client the session id. HttpOnly keeps it from scripts;
// SameSite=Lax keeps it off cross-site POSTs.
func (c Cookie) Set(w http.ResponseWriter, id string) {
	http.SetCookie(w, &http.Cookie{
		Name:     c.Name(),
		Value:    id,
		Path:     "/",
		MaxAge:   int(c.MaxAge / time.Second),
		HttpOnly: true,
		Secure:   c.Secure,
		SameSite: http.SameSiteLaxMode,
	})
}

// Clear tells the client to drop the cookie.
func (c Cookie) Clear(w http.ResponseWriter) {
	http.SetCookie(w, &http.Cookie{
		Name:     c.Name(),
		Value:    "",
		Path:     "/",
		MaxAge:   -1,
		HttpOnly: true,
		Secure:   c.Secure,
		SameSite: http.SameSiteLaxMode,
	})
}

// Read returns the session id the request carries, if any.
func (c Cookie) Read(r *http.Request) (string, bool) {
	ck, err := r.Cookie(c.Name())
	if err != nil || ck.Value == "" {
		return "", false
	}
	return ck.Value, true
}
