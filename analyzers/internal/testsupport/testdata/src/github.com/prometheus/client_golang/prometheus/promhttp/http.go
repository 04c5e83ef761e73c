// Package promhttp is a test stub mirroring the exported API of
// github.com/prometheus/client_golang/prometheus/promhttp v1.20.5 used by
// statecheck's tests.
package promhttp

import (
	"net/http"
)

// Handler returns an http.Handler for the prometheus.DefaultGatherer,
// using default HandlerOpts, i.e. it reports the first error as an HTTP
// error, it has no error logging, and it applies compression if requested
// by the client.
func Handler() http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/plain; version=0.0.4; charset=utf-8")
	})
}
