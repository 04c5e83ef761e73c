package main

import (
	"time"

	"lifetime_flow/auth"
)

func main() {
	_, _ = auth.Issue("admin", 365*24*time.Hour) // want `jwt lifetime 8760h0m0s exceeds 24h0m0s: passed to Issue, which mints a token with it`
	_, _ = auth.Remember("guest", time.Hour)     // quiet: short
}
