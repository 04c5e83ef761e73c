// Package shopclient speaks the shop's HTTP API as a client sees it. The
// API is the same for before/ and after/, so one client drives both; where
// after/ answers with a redirect to object storage (avatars, export files)
// the client follows it like a browser would.
package shopclient

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"net/http/cookiejar"
	"net/url"
	"strings"
	"time"
)

// Response is what one call got back. Status is that of the last response
// after redirects.
type Response struct {
	Status int
	Header http.Header
	Body   []byte
}

// Decode unmarshals the body into v.
func (r Response) Decode(v any) error { return json.Unmarshal(r.Body, v) }

func (r Response) String() string {
	body := strings.Join(strings.Fields(string(r.Body)), " ")
	if len(body) > 120 {
		body = body[:120] + "…"
	}
	return fmt.Sprintf("%d %s", r.Status, body)
}

// Client is one user agent with its own cookie jar.
type Client struct {
	base *url.URL
	http *http.Client
	// Token is the bearer token sent to /api/* endpoints.
	Token string
}

// New returns a client of the shop at baseURL whose requests go through
// transport (nil means http.DefaultTransport).
func New(baseURL string, transport http.RoundTripper) (*Client, error) {
	base, err := url.Parse(baseURL)
	if err != nil {
		return nil, err
	}
	jar, err := cookiejar.New(nil)
	if err != nil {
		return nil, err
	}
	return &Client{
		base: base,
		http: &http.Client{Jar: jar, Transport: transport, Timeout: 20 * time.Second},
	}, nil
}

// Cookie returns the value of the cookie named name the shop has set, or "".
func (c *Client) Cookie(name string) string {
	for _, ck := range c.http.Jar.Cookies(c.base) {
		if ck.Name == name {
			return ck.Value
		}
	}
	return ""
}

// SetCookie plants a cookie as if the shop had set it.
func (c *Client) SetCookie(name, value string) {
	c.http.Jar.SetCookies(c.base, []*http.Cookie{{Name: name, Value: value, Path: "/"}})
}

// Do sends a request to path (escaped, without a query) with an optional
// body and headers. Transport errors are returned as errors; every HTTP
// status is a Response.
func (c *Client) Do(ctx context.Context, method, path string, body []byte, header http.Header) (Response, error) {
	u := c.base.JoinPath(path)
	var rd io.Reader
	if body != nil {
		rd = bytes.NewReader(body)
	}
	req, err := http.NewRequestWithContext(ctx, method, u.String(), rd)
	if err != nil {
		return Response{}, err
	}
	for k, vs := range header {
		req.Header[k] = vs
	}
	if strings.HasPrefix(path, "/api/") && c.Token != "" && req.Header.Get("Authorization") == "" {
		req.Header.Set("Authorization", "Bearer "+c.Token)
	}
	resp, err := c.http.Do(req)
	if err != nil {
		return Response{}, err
	}
	defer resp.Body.Close()
	data, err := io.ReadAll(resp.Body)
	if err != nil {
		return Response{}, fmt.Errorf("%s %s: read body: %w", method, path, err)
	}
	return Response{Status: resp.StatusCode, Header: resp.Header, Body: data}, nil
}

// JSON sends v as a JSON body.
func (c *Client) JSON(ctx context.Context, method, path string, v any) (Response, error) {
	body, err := json.Marshal(v)
	if err != nil {
		return Response{}, err
	}
	return c.Do(ctx, method, path, body, http.Header{"Content-Type": {"application/json"}})
}

// Login logs in as user.
func (c *Client) Login(ctx context.Context, user, password string) (Response, error) {
	return c.JSON(ctx, http.MethodPost, "/login", map[string]string{"username": user, "password": password})
}

// Logout ends the session.
func (c *Client) Logout(ctx context.Context) (Response, error) {
	return c.Do(ctx, http.MethodPost, "/logout", nil, nil)
}

// Me asks who the session belongs to.
func (c *Client) Me(ctx context.Context) (Response, error) {
	return c.Do(ctx, http.MethodGet, "/me", nil, nil)
}

// Item is one line of a cart.
type Item struct {
	SKU      string `json:"sku"`
	Quantity int    `json:"quantity"`
}

// Cart is the body of a cart listing.
type Cart struct {
	Items []Item `json:"items"`
}

// AddToCart adds quantity of sku.
func (c *Client) AddToCart(ctx context.Context, sku string, quantity int) (Response, error) {
	return c.JSON(ctx, http.MethodPost, "/cart/items", Item{SKU: sku, Quantity: quantity})
}

// Cart lists the cart.
func (c *Client) Cart(ctx context.Context) (Response, error) {
	return c.Do(ctx, http.MethodGet, "/cart", nil, nil)
}

// UploadAvatar stores data as the avatar.
func (c *Client) UploadAvatar(ctx context.Context, contentType string, data []byte) (Response, error) {
	return c.Do(ctx, http.MethodPut, "/avatar", data, http.Header{"Content-Type": {contentType}})
}

// Avatar downloads the avatar.
func (c *Client) Avatar(ctx context.Context) (Response, error) {
	return c.Do(ctx, http.MethodGet, "/avatar", nil, nil)
}

// Export is the body of an export's status.
type Export struct {
	ID     string `json:"id"`
	Status string `json:"status"`
}

// StartExport starts a CSV export.
func (c *Client) StartExport(ctx context.Context) (Response, error) {
	return c.Do(ctx, http.MethodPost, "/exports", nil, nil)
}

// ExportStatus polls export id.
func (c *Client) ExportStatus(ctx context.Context, id string) (Response, error) {
	return c.Do(ctx, http.MethodGet, "/exports/"+url.PathEscape(id), nil, nil)
}

// ExportFile downloads the file of export id.
func (c *Client) ExportFile(ctx context.Context, id string) (Response, error) {
	return c.Do(ctx, http.MethodGet, "/exports/"+url.PathEscape(id)+"/file", nil, nil)
}

// Tokens is the body of a token response. after/ adds an expiry and a
// refresh token; before/ sends only the access token.
type Tokens struct {
	AccessToken  string `json:"access_token"`
	TokenType    string `json:"token_type"`
	ExpiresIn    int    `json:"expires_in"`
	RefreshToken string `json:"refresh_token"`
}

// IssueToken asks for API tokens for the session's user.
func (c *Client) IssueToken(ctx context.Context) (Response, error) {
	return c.Do(ctx, http.MethodPost, "/api/token", nil, nil)
}

// RefreshToken trades a refresh token for new tokens.
func (c *Client) RefreshToken(ctx context.Context, refresh string) (Response, error) {
	return c.JSON(ctx, http.MethodPost, "/api/token/refresh", map[string]string{"refresh_token": refresh})
}

// RevokeToken revokes a refresh token.
func (c *Client) RevokeToken(ctx context.Context, refresh string) (Response, error) {
	return c.JSON(ctx, http.MethodPost, "/api/token/revoke", map[string]string{"refresh_token": refresh})
}

// APICart lists the cart through the API with the bearer token.
func (c *Client) APICart(ctx context.Context) (Response, error) {
	return c.Do(ctx, http.MethodGet, "/api/cart", nil, nil)
}
