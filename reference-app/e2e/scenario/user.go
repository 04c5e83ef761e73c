package scenario

import (
	"bytes"
	"context"
	"encoding/csv"
	"fmt"
	"math/rand/v2"
	"net/http"
	"sync/atomic"
	"time"

	"github.com/statecheck/statecheck/reference-app/shopclient"
)

// Options says where the shop is and how it is configured.
type Options struct {
	// URL is the front door (nginx).
	URL string
	// Password is the shop's demo password.
	Password string
	// Transport carries every request; share one between users.
	Transport http.RoundTripper
	// RatePerSecond and RateBurst are the shop's per-user rate limit.
	RatePerSecond int
	RateBurst     int
}

// user is one simulated client. It remembers what it stored so that it
// can tell when the shop loses it.
type user struct {
	name     string
	password string
	c        *shopclient.Client
	r        *Report
	// budget, if set, counts requests against a cap shared by all users.
	budget *atomic.Int64

	loggedIn bool
	// cart is the least quantity of each SKU the cart must hold.
	cart map[string]int
	// avatar is the last avatar uploaded; avatarLost is set once a read
	// failed to return it, so that one upload is counted lost once.
	avatar     []byte
	avatarLost bool
	uploads    int
	// export is the job in flight, if any.
	export   string
	hasToken bool
}

func newUser(name string, o Options, r *Report) (*user, error) {
	c, err := shopclient.New(o.URL, o.Transport)
	if err != nil {
		return nil, err
	}
	return &user{name: name, password: o.Password, c: c, r: r, cart: map[string]int{}}, nil
}

type call func() (shopclient.Response, error)

// send sends one request for feature f. A 502 means nginx lost the
// instance while the request was on it; the client retries once, as a
// browser's user would, and the 502 is counted apart from failures.
func (u *user) send(f string, fn call) (shopclient.Response, bool) {
	do := func() (shopclient.Response, error) {
		u.r.request(f)
		if u.budget != nil {
			u.budget.Add(1)
		}
		return fn()
	}
	resp, err := do()
	if err == nil && resp.Status == http.StatusBadGateway {
		u.r.retried502(f)
		resp, err = do()
	}
	if err != nil {
		u.r.fail(f, "%s: %v", u.name, err)
		return resp, false
	}
	return resp, true
}

// expect sends a request that needs a session and checks its status
// against want. A 401 is a lost session: counted, and the user logs in
// again before the next request.
func (u *user) expect(ctx context.Context, f, what string, fn call, want ...int) (shopclient.Response, bool) {
	if !u.loggedIn && !u.login(ctx) {
		return shopclient.Response{}, false
	}
	resp, ok := u.send(f, fn)
	if !ok {
		return resp, false
	}
	if resp.Status == http.StatusUnauthorized {
		u.r.update(func(r *Report) { r.SessionsLost++ })
		u.r.fail(f, "%s: %s: 401 on a live session", u.name, what)
		u.loggedIn = false
		return resp, false
	}
	for _, w := range want {
		if resp.Status == w {
			return resp, true
		}
	}
	u.r.fail(f, "%s: %s: got %s, want %v", u.name, what, resp, want)
	return resp, false
}

func (u *user) login(ctx context.Context) bool {
	resp, ok := u.send(Session, func() (shopclient.Response, error) { return u.c.Login(ctx, u.name, u.password) })
	if !ok {
		return false
	}
	if resp.Status != http.StatusOK {
		u.r.fail(Session, "%s: login: got %s", u.name, resp)
		return false
	}
	u.loggedIn = true
	u.hasToken = false
	return true
}

func (u *user) me(ctx context.Context) {
	resp, ok := u.expect(ctx, Session, "who am I", func() (shopclient.Response, error) { return u.c.Me(ctx) }, http.StatusOK)
	if !ok {
		return
	}
	var body struct{ Username string }
	if resp.Decode(&body) != nil || body.Username != u.name {
		u.r.fail(Session, "%s: /me answered %s", u.name, resp)
	}
}

func (u *user) addToCart(ctx context.Context) {
	sku := fmt.Sprintf("sku-%d", 1+rand.IntN(5))
	_, ok := u.expect(ctx, Cart, "add "+sku, func() (shopclient.Response, error) { return u.c.AddToCart(ctx, sku, 1) }, http.StatusOK)
	if ok {
		u.cart[sku]++
	}
}

// checkCart lists the cart (by cookie, or by token through the API) and
// checks it holds everything added so far.
func (u *user) checkCart(ctx context.Context, viaAPI bool) {
	f, fn := Cart, call(func() (shopclient.Response, error) { return u.c.Cart(ctx) })
	if viaAPI {
		if !u.hasToken && !u.issueToken(ctx) {
			return
		}
		f, fn = APIToken, func() (shopclient.Response, error) { return u.c.APICart(ctx) }
	}
	resp, ok := u.expect(ctx, f, "list cart", fn, http.StatusOK)
	if !ok {
		if viaAPI && resp.Status == http.StatusUnauthorized {
			u.hasToken = false
		}
		return
	}
	var cart shopclient.Cart
	if err := resp.Decode(&cart); err != nil {
		u.r.fail(f, "%s: cart body: %v", u.name, err)
		return
	}
	got := map[string]int{}
	for _, it := range cart.Items {
		got[it.SKU] = it.Quantity
	}
	for sku, n := range u.cart {
		if got[sku] < n {
			u.r.fail(f, "%s: cart has %d of %s, %d were added", u.name, got[sku], sku, n)
			return
		}
	}
}

func (u *user) issueToken(ctx context.Context) bool {
	_, ok := u.tokens(ctx)
	return ok
}

// tokens asks for API tokens and uses the access token from then on.
func (u *user) tokens(ctx context.Context) (shopclient.Tokens, bool) {
	var t shopclient.Tokens
	resp, ok := u.expect(ctx, APIToken, "issue token", func() (shopclient.Response, error) { return u.c.IssueToken(ctx) }, http.StatusOK)
	if !ok {
		return t, false
	}
	if err := resp.Decode(&t); err != nil || t.AccessToken == "" {
		u.r.fail(APIToken, "%s: token body %s", u.name, resp)
		return t, false
	}
	u.c.Token = t.AccessToken
	u.hasToken = true
	return t, true
}

// obtainToken insists on getting tokens. Where sessions live in one
// process, the token request must reach the instance that handled the
// login; round-robin alternates, so every other try puts one request in
// between. Each failed try counts as a lost session.
func (u *user) obtainToken(ctx context.Context) (shopclient.Tokens, bool) {
	for i := range 10 {
		if !u.login(ctx) {
			continue
		}
		for range i % 2 {
			u.send(Health, func() (shopclient.Response, error) { return u.c.Do(ctx, http.MethodGet, "/healthz", nil, nil) })
		}
		if t, ok := u.tokens(ctx); ok {
			return t, true
		}
	}
	return shopclient.Tokens{}, false
}

// avatarBytes makes a small PNG-signed payload unique to user and upload.
func avatarBytes(name string, n int) []byte {
	var b bytes.Buffer
	b.WriteString("\x89PNG\r\n\x1a\n")
	fmt.Fprintf(&b, "%s/%d/", name, n)
	for b.Len() < 4096+n%1024 {
		b.WriteByte(byte(rand.IntN(256)))
	}
	return b.Bytes()
}

func (u *user) uploadAvatar(ctx context.Context) {
	u.uploads++
	data := avatarBytes(u.name, u.uploads)
	_, ok := u.expect(ctx, Avatar, "upload avatar",
		func() (shopclient.Response, error) { return u.c.UploadAvatar(ctx, "image/png", data) },
		http.StatusOK, http.StatusCreated)
	if ok {
		u.avatar, u.avatarLost = data, false
	}
}

func (u *user) checkAvatar(ctx context.Context) {
	if u.avatar == nil {
		return
	}
	resp, ok := u.expect(ctx, Avatar, "read avatar", func() (shopclient.Response, error) { return u.c.Avatar(ctx) },
		http.StatusOK, http.StatusNotFound)
	if !ok {
		return
	}
	if resp.Status == http.StatusOK && bytes.Equal(resp.Body, u.avatar) {
		return
	}
	u.r.fail(Avatar, "%s: avatar read back as %d (%d bytes), not the %d bytes uploaded",
		u.name, resp.Status, len(resp.Body), len(u.avatar))
	if !u.avatarLost {
		u.avatarLost = true
		u.r.update(func(r *Report) { r.UploadsLost++ })
	}
}

// exportStep starts an export, or polls the one in flight.
func (u *user) exportStep(ctx context.Context) {
	if u.export != "" {
		u.pollExport(ctx)
		return
	}
	resp, ok := u.expect(ctx, Export, "start export", func() (shopclient.Response, error) { return u.c.StartExport(ctx) }, http.StatusAccepted)
	if !ok {
		return
	}
	var e shopclient.Export
	if err := resp.Decode(&e); err != nil || e.ID == "" {
		u.r.fail(Export, "%s: export body %s", u.name, resp)
		return
	}
	u.export = e.ID
}

func (u *user) exportLost(format string, args ...any) {
	u.r.fail(Export, "%s: export %s: %s", u.name, u.export, fmt.Sprintf(format, args...))
	u.r.update(func(r *Report) { r.ExportsLost++ })
	u.export = ""
}

// pollExport asks for the job's status and downloads the file when done.
// It reports whether the shop answered the poll at all.
func (u *user) pollExport(ctx context.Context) bool {
	id := u.export
	resp, ok := u.expect(ctx, Export, "poll export", func() (shopclient.Response, error) { return u.c.ExportStatus(ctx, id) },
		http.StatusOK, http.StatusNotFound)
	if !ok {
		return false
	}
	if resp.Status == http.StatusNotFound {
		u.exportLost("the shop no longer knows it (404)")
		return true
	}
	var e shopclient.Export
	if err := resp.Decode(&e); err != nil {
		u.r.fail(Export, "%s: status body %s", u.name, resp)
		return false
	}
	switch e.Status {
	case "queued", "running":
	case "done":
		u.downloadExport(ctx)
	default:
		u.exportLost("status %q", e.Status)
	}
	return true
}

func (u *user) downloadExport(ctx context.Context) {
	id := u.export
	resp, ok := u.expect(ctx, Export, "download export", func() (shopclient.Response, error) { return u.c.ExportFile(ctx, id) },
		http.StatusOK, http.StatusNotFound)
	if !ok {
		return
	}
	if resp.Status == http.StatusNotFound {
		u.exportLost("file download: 404")
		return
	}
	if err := checkExportCSV(resp.Body, u.name); err != nil {
		u.exportLost("file: %v", err)
		return
	}
	u.r.update(func(r *Report) { r.ExportsDone++ })
	u.export = ""
}

// checkExportCSV checks an export file: a header and 30 rows of user's.
func checkExportCSV(data []byte, user string) error {
	rows, err := csv.NewReader(bytes.NewReader(data)).ReadAll()
	if err != nil {
		return err
	}
	if len(rows) != 31 || len(rows[0]) != 4 || rows[0][0] != "order" {
		return fmt.Errorf("%d rows, want a header and 30", len(rows))
	}
	for _, row := range rows[1:] {
		if row[1] != user {
			return fmt.Errorf("row of user %q in %s's export", row[1], user)
		}
	}
	return nil
}

// waitExport polls the job in flight until it is resolved or timeout
// passes; it reports whether it was resolved. It gives up early when the
// shop has not answered a poll 20 times in a row (each of those is
// already a failed request): the client cannot follow the job any more.
func (u *user) waitExport(ctx context.Context, timeout time.Duration) bool {
	deadline := time.Now().Add(timeout)
	for unanswered := 0; u.export != "" && unanswered < 20 && time.Now().Before(deadline); {
		if u.pollExport(ctx) {
			unanswered = 0
		} else {
			unanswered++
		}
		if u.export != "" {
			time.Sleep(250 * time.Millisecond)
		}
	}
	return u.export == ""
}
