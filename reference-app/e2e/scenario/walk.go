package scenario

import (
	"context"
	"encoding/base64"
	"encoding/json"
	"fmt"
	"math"
	"net/http"
	"strings"
	"time"

	"github.com/statecheck/statecheck/reference-app/shopclient"
)

// Walk takes one client through every feature, twice where a second
// request is likely to reach the other instance, and probes each feature
// with bad input, which must get the right 4xx.
func Walk(ctx context.Context, o Options, r *Report) error {
	u, err := newUser("walker", o, r)
	if err != nil {
		return err
	}
	status := func(f, what string, want int, fn call) shopclient.Response {
		resp, ok := u.send(f, fn)
		if ok && resp.Status != want {
			r.fail(f, "%s: got %s, want %d", what, resp, want)
		}
		return resp
	}

	for range 2 {
		status(Health, "health", http.StatusOK, func() (shopclient.Response, error) { return u.c.Do(ctx, http.MethodGet, "/healthz", nil, nil) })
	}

	// Login, with bad input first.
	status(Session, "login with broken JSON", http.StatusBadRequest, func() (shopclient.Response, error) {
		return u.c.Do(ctx, http.MethodPost, "/login", []byte(`{"username":`), http.Header{"Content-Type": {"application/json"}})
	})
	status(Session, "login with a wrong password", http.StatusUnauthorized, func() (shopclient.Response, error) {
		return u.c.Login(ctx, u.name, u.password+"x")
	})
	walkLogin(ctx, u, o, r)
	for range 4 {
		u.me(ctx)
	}

	// Cart.
	for range 3 {
		u.addToCart(ctx)
	}
	for range 2 {
		u.checkCart(ctx, false)
	}
	badCart := map[string]string{
		"broken JSON":   `{"sku": "tea"`,
		"zero quantity": `{"sku": "tea", "quantity": 0}`,
		"unknown field": `{"sku": "tea", "quantity": 1, "price": 0}`,
		"wrong type":    `{"sku": "tea", "quantity": "one"}`,
	}
	for what, body := range badCart {
		u.expect(ctx, Cart, "add with "+what, func() (shopclient.Response, error) {
			return u.c.Do(ctx, http.MethodPost, "/cart/items", []byte(body), http.Header{"Content-Type": {"application/json"}})
		}, http.StatusBadRequest)
	}

	// Avatar.
	u.uploadAvatar(ctx)
	for range 2 {
		u.checkAvatar(ctx)
	}
	u.expect(ctx, Avatar, "upload a GIF", func() (shopclient.Response, error) {
		return u.c.UploadAvatar(ctx, "image/gif", []byte("GIF89a"))
	}, http.StatusUnsupportedMediaType)
	u.expect(ctx, Avatar, "upload 1 MiB + 1 byte", func() (shopclient.Response, error) {
		return u.c.UploadAvatar(ctx, "image/png", make([]byte, 1<<20+1))
	}, http.StatusRequestEntityTooLarge)

	// Export.
	u.exportStep(ctx)
	if u.export != "" && !u.waitExport(ctx, 30*time.Second) {
		r.update(func(r *Report) { r.ExportsStuck++ })
		r.fail(Export, "walker: export %s still unfinished, or no longer answered for", u.export)
		u.export = ""
	}
	u.expect(ctx, Export, "poll an unknown export", func() (shopclient.Response, error) {
		return u.c.ExportStatus(ctx, "NOSUCHJOBAAAAAAAAAAAAAAAAA")
	}, http.StatusNotFound)
	u.expect(ctx, Export, "download an unknown export", func() (shopclient.Response, error) {
		return u.c.ExportFile(ctx, "no-such-job")
	}, http.StatusNotFound)

	walkTokens(ctx, u, r)
	walkLogout(ctx, u, r)
	return nil
}

// walkLogin logs in after an attacker planted their own session id in the
// walker's cookie jar (session fixation), and checks the cookie's
// attributes.
func walkLogin(ctx context.Context, u *user, o Options, r *Report) {
	mallory, err := newUser("mallory", o, r)
	if err != nil || !mallory.login(ctx) {
		r.check("login issues a fresh session id", false, "attacker could not log in")
		return
	}
	name, planted := sessionCookie(mallory.c)
	u.c.SetCookie(name, planted)

	resp, ok := u.send(Session, func() (shopclient.Response, error) { return u.c.Login(ctx, u.name, u.password) })
	if !ok || resp.Status != http.StatusOK {
		r.fail(Session, "walker: login: %s", resp)
		return
	}
	u.loggedIn = true
	_, got := sessionCookie(u.c)
	r.check("login issues a fresh session id", got != "" && got != planted,
		"planted %.6s…, got %.6s…", planted, got)

	var set *http.Cookie
	for _, c := range (&http.Response{Header: resp.Header}).Cookies() {
		if c.Value != "" {
			set = c
		}
	}
	if set == nil {
		r.check("session cookie is HttpOnly, Secure, SameSite", false, "login set no cookie")
		return
	}
	r.check("session cookie is HttpOnly, Secure, SameSite",
		set.HttpOnly && set.Secure && set.SameSite != http.SameSiteDefaultMode && set.SameSite != http.SameSiteNoneMode,
		"%s: HttpOnly=%v Secure=%v SameSite=%v", set.Name, set.HttpOnly, set.Secure, set.SameSite)
}

// sessionCookie returns the name and value of the client's session cookie.
func sessionCookie(c *shopclient.Client) (string, string) {
	for _, name := range []string{"__Host-sid", "sid"} {
		if v := c.Cookie(name); v != "" {
			return name, v
		}
	}
	return "", ""
}

// walkTokens uses the API token, checks its lifetime, and where the shop
// offers refresh tokens, refreshes and revokes one.
func walkTokens(ctx context.Context, u *user, r *Report) {
	t, ok := u.obtainToken(ctx)
	if !ok {
		r.check("access token expires within 15 minutes", false, "no token could be had")
		return
	}
	for range 2 {
		u.checkCart(ctx, true)
	}
	exp, err := expiry(t.AccessToken)
	r.check("access token expires within 15 minutes", err == nil && time.Until(exp) <= 15*time.Minute+time.Minute,
		"exp %v (%v)", exp.Format(time.RFC3339), err)

	resp, ok := u.send(APIToken, func() (shopclient.Response, error) {
		return u.c.Do(ctx, http.MethodGet, "/api/cart", nil, http.Header{"Authorization": {"Bearer " + forge(t.AccessToken)}})
	})
	if ok && resp.Status != http.StatusUnauthorized {
		r.fail(APIToken, "walker: API call with an alg=none token: got %s, want 401", resp)
	}

	if t.RefreshToken == "" {
		r.check("refresh token can be used and revoked", false, "the shop issues no refresh token")
		return
	}
	refresh := func(tok string, want int) (shopclient.Tokens, bool) {
		resp, ok := u.send(APIToken, func() (shopclient.Response, error) { return u.c.RefreshToken(ctx, tok) })
		var next shopclient.Tokens
		if !ok || resp.Status != want || (want == http.StatusOK && resp.Decode(&next) != nil) {
			r.fail(APIToken, "walker: refresh: got %s, want %d", resp, want)
			return next, false
		}
		return next, true
	}
	next, ok1 := refresh(t.RefreshToken, http.StatusOK)
	_, ok2 := refresh(t.RefreshToken, http.StatusUnauthorized) // used once already
	ok3 := false
	if ok1 {
		u.c.Token = next.AccessToken
		u.checkCart(ctx, true)
		resp, ok := u.send(APIToken, func() (shopclient.Response, error) { return u.c.RevokeToken(ctx, next.RefreshToken) })
		if !ok || resp.Status != http.StatusNoContent {
			r.fail(APIToken, "walker: revoke: got %s", resp)
		}
		_, ok3 = refresh(next.RefreshToken, http.StatusUnauthorized)
	}
	r.check("refresh token can be used and revoked", ok1 && ok2 && ok3,
		"refresh ok=%v, reuse refused=%v, revoked refused=%v", ok1, ok2, ok3)
}

// expiry returns the exp claim of a JWT without verifying it.
func expiry(jwt string) (time.Time, error) {
	parts := strings.Split(jwt, ".")
	if len(parts) != 3 {
		return time.Time{}, fmt.Errorf("not a JWT")
	}
	payload, err := base64.RawURLEncoding.DecodeString(parts[1])
	if err != nil {
		return time.Time{}, err
	}
	var claims struct {
		Exp *float64 `json:"exp"`
	}
	if err := json.Unmarshal(payload, &claims); err != nil {
		return time.Time{}, err
	}
	if claims.Exp == nil {
		return time.Time{}, fmt.Errorf("no exp claim")
	}
	sec, frac := math.Modf(*claims.Exp)
	return time.Unix(int64(sec), int64(frac*1e9)), nil
}

// forge turns a token into one that claims "alg": "none".
func forge(jwt string) string {
	parts := strings.Split(jwt, ".")
	if len(parts) != 3 {
		return jwt
	}
	header := base64.RawURLEncoding.EncodeToString([]byte(`{"alg":"none","typ":"JWT"}`))
	return header + "." + parts[1] + "."
}

// walkLogout logs out and replays the old cookie: the session must be dead
// on every instance.
func walkLogout(ctx context.Context, u *user, r *Report) {
	name, old := sessionCookie(u.c)
	u.expect(ctx, Session, "logout", func() (shopclient.Response, error) { return u.c.Logout(ctx) }, http.StatusNoContent)
	u.loggedIn = false
	alive := 0
	for range 2 {
		resp, ok := u.send(Session, func() (shopclient.Response, error) {
			return u.c.Do(ctx, http.MethodGet, "/me", nil, http.Header{"Cookie": {name + "=" + old}})
		})
		if ok && resp.Status != http.StatusUnauthorized {
			alive++
			r.fail(Session, "walker: cookie replayed after logout: got %s, want 401", resp)
		}
	}
	r.check("logout ends the session on every instance", alive == 0, "%d of 2 replays of the old cookie were accepted", alive)
}
