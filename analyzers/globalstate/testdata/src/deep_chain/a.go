// Package deep_chain checks that a long chain of calls is shortened in
// the middle: the message names the first calls and the function that
// writes.
package deep_chain

import (
	"net/http"

	"deeplib"
)

var seen = map[string]bool{}

func a1(k string)  { a2(k) }
func a2(k string)  { a3(k) }
func a3(k string)  { a4(k) }
func a4(k string)  { a5(k) }
func a5(k string)  { a6(k) }
func a6(k string)  { a7(k) }
func a7(k string)  { a8(k) }
func a8(k string)  { a9(k) }
func a9(k string)  { a10(k) }
func a10(k string) { seen[k] = true } // want `^handler deep → a1 → a2 → … → a10 writes package-level map seen: state kept`

func deep(w http.ResponseWriter, r *http.Request) {
	a1(r.FormValue("k"))
}

func b1(k string) { b2(k) }
func b2(k string) { deeplib.C1(k) } // want `^handler remote → b1 → b2 → … → deeplib.C8 writes package-level map deeplib.hits \(lib.go:15\): state kept`

func remote(w http.ResponseWriter, r *http.Request) {
	b1(r.FormValue("k"))
}

func main() {
	http.HandleFunc("/deep", deep)
	http.HandleFunc("/remote", remote)
}
