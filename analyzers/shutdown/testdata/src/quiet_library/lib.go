// Package quiet_library serves for whoever calls it; only a main decides
// whether the program stops gracefully.
package quiet_library

import "net/http"

// Serve serves h on addr.
func Serve(addr string, h http.Handler) error { // want Serve:`serves http.ListenAndServe`
	return http.ListenAndServe(addr, h)
}
