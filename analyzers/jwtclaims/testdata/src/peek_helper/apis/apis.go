// Package apis mirrors request handlers that call the peek helper of
// another package: most verify the same token through the App interface,
// one trusts the claims as read.
package apis

import (
	"net/http"
	"strings"

	"peek_helper/core"
	"peek_helper/security"
)

type Event struct {
	App     core.App
	Request *http.Request
	Auth    *core.Record
}

func tokenFromRequest(e *Event) string {
	return strings.TrimPrefix(e.Request.Header.Get("Authorization"), "Bearer ")
}

// loadAuth is the middleware that verifies the request's token.
func loadAuth(e *Event) {
	token := tokenFromRequest(e)
	if record, err := e.App.FindAuthRecordByToken(token, "auth"); err == nil {
		e.Auth = record
	}
}

// refresh reads a claim of the token the middleware verified, read with
// the same getter.
func refresh(e *Event) bool {
	token := tokenFromRequest(e)
	claims, _ := security.ParseUnverifiedJWT(token)
	refreshable, _ := claims["refreshable"].(bool)
	return refreshable
}

type confirmForm struct {
	app   core.App
	Token string
}

// check peeks at the email, then verifies the same token.
func (f *confirmForm) check() error {
	claims, _ := security.ParseUnverifiedJWT(f.Token)
	email, _ := claims["email"].(string)
	record, err := f.app.FindAuthRecordByToken(f.Token, "verification")
	if err != nil || record.Email != email {
		return err
	}
	return nil
}

// impersonate trusts a token from a header nothing verifies.
func impersonate(e *Event, w http.ResponseWriter) {
	claims, err := security.ParseUnverifiedJWT(e.Request.Header.Get("X-Impersonate")) // want `jwt read by ParseUnverifiedJWT, which parses it with ParseUnverified, and never verified`
	if err != nil || claims["role"] != "admin" {
		http.Error(w, "no", http.StatusForbidden)
	}
}

// owner goes through the helper's helper, with nothing verifying.
func owner(e *Event) bool {
	return security.Subject(e.Request.FormValue("token")) == "root" // want `jwt read by Subject, which parses it with ParseUnverified, and never verified`
}

// role reads the claims through the Decoder interface, unverified.
func role(d security.Decoder, e *Event) string {
	claims, _ := d.Claims(e.Request.Header.Get("Authorization")) // want `jwt read by Claims, which parses it with ParseUnverified, and never verified`
	r, _ := claims["role"].(string)
	return r
}
