package quiet_client_reads_token

import (
	"encoding/json"
	"net/http"
	"time"

	jwt5 "github.com/golang-jwt/jwt/v5"
	"github.com/lestrrat-go/jwx/v2/jwt"
)

// An upstream API hands this program a token; the program reads its exp to
// know when to fetch the next one, and holds no key to verify it with.
func fetchUpstreamToken(c *http.Client, url string) (string, time.Time, error) {
	resp, err := c.Get(url)
	if err != nil {
		return "", time.Time{}, err
	}
	defer resp.Body.Close()
	var out struct{ JWT string }
	if err := json.NewDecoder(resp.Body).Decode(&out); err != nil {
		return "", time.Time{}, err
	}
	tok, err := jwt.ParseString(out.JWT, jwt.WithVerify(false), jwt.WithValidate(false))
	if err != nil {
		return "", time.Time{}, err
	}
	return out.JWT, tok.Expiration(), nil
}

func upstreamExpiry(resp *http.Response, raw string) (*jwt5.NumericDate, error) {
	_ = resp.Header
	tok, _, err := jwt5.NewParser().ParseUnverified(raw, jwt5.MapClaims{})
	if err != nil {
		return nil, err
	}
	return tok.Claims.GetExpirationTime()
}
