// Package grouped_remote calls a function of another package that writes
// three package-level variables: one finding, naming them, at the call,
// reached from two calls.
package grouped_remote

import (
	"net/http"

	"groupedlib"
)

func settings(w http.ResponseWriter, r *http.Request) {
	groupedlib.Apply(r.FormValue("key"), r.FormValue("value")) // want `^handlers settings and reset → groupedlib.Apply writes 3 package-level variables: groupedlib.Theme, groupedlib.Language, groupedlib.Ratios \(lib.go:\d+\), also reached from 1 other call: state kept in one instance's memory is lost on restart and unseen by other instances$`
}

func reset(w http.ResponseWriter, r *http.Request) {
	groupedlib.Apply("theme", r.FormValue("theme"))
}

func main() {
	http.HandleFunc("/settings", settings)
	http.HandleFunc("/reset", reset)
}
