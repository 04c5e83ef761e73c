package ignore_directive

import "github.com/alexedwards/scs/v2"

// Admin sessions live on the single admin instance by design.
func adminSessions() *scs.SessionManager {
	//statecheck:ignore sessionstore the admin console runs as exactly one instance
	return scs.New()
}

//statecheck:ignore sessionstore nothing to excuse here // want `statecheck:ignore directive for sessionstore matches no finding`
func nothing() {}

var _ = adminSessions
