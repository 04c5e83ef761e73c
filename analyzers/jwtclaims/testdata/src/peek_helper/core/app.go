// Package core mirrors an application core whose App interface finds the
// record a token belongs to: it reads the claims unverified to choose the
// record and its key, then verifies the token with that key.
package core

import (
	"errors"

	"peek_helper/security"
)

type Record struct {
	ID, Secret, Email string
}

// App is what the request handlers of other packages hold.
type App interface {
	FindAuthRecordByToken(token string, types ...string) (*Record, error) // want FindAuthRecordByToken:`verifies\[0\]`
	FindRecordByID(id string) (*Record, error)
}

type BaseApp struct{ records map[string]*Record }

var _ App = (*BaseApp)(nil)

func (app *BaseApp) FindRecordByID(id string) (*Record, error) {
	if r, ok := app.records[id]; ok {
		return r, nil
	}
	return nil, errors.New("not found")
}

// FindAuthRecordByToken uses the peeked claims only to choose the key.
func (app *BaseApp) FindAuthRecordByToken(token string, types ...string) (*Record, error) { // want FindAuthRecordByToken:`verifies\[0\]`
	unverified, err := security.ParseUnverifiedJWT(token)
	if err != nil {
		return nil, err
	}
	id, _ := unverified["id"].(string)
	record, err := app.FindRecordByID(id)
	if err != nil {
		return nil, err
	}
	if _, err := security.ParseJWT(token, record.Secret); err != nil {
		return nil, err
	}
	return record, nil
}
