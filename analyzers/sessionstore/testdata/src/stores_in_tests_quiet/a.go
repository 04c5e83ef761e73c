package stores_in_tests_quiet

import "github.com/alexedwards/scs/v2"

// Handler wraps the given manager; the caller chooses the store.
func Use(sm *scs.SessionManager) *scs.SessionManager { return sm }
