package app

import (
	"database/sql"
	"net/http"

	"github.com/alexedwards/scs/postgresstore"

	"scs_from_helper_package/session"
)

func Forgotten(h http.Handler) http.Handler {
	sm := session.New() // want `scs session manager from session.New uses the in-process memstore`
	return sm.LoadAndSave(h)
}

func Configured(db *sql.DB, h http.Handler) http.Handler {
	sm := session.New()
	sm.Store = postgresstore.New(db)
	return sm.LoadAndSave(h)
}
