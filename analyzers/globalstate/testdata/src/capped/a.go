// Package capped checks a handler with more writes than a summary keeps:
// the last finding says how many more there are.
package capped

import (
	"net/http"

	"cappedlib"
)

var (
	g0  int
	g1  int
	g2  int
	g3  int
	g4  int
	g5  int
	g6  int
	g7  int
	g8  int
	g9  int
	g10 int
	g11 int
	g12 int
	g13 int
	g14 int
	g15 int
	g16 int
	g17 int
	g18 int
	g19 int
	g20 int
	g21 int
	g22 int
	g23 int
	g24 int
	g25 int
	g26 int
	g27 int
	g28 int
	g29 int
	g30 int
	g31 int
	g32 int
	g33 int
	g34 int
	g35 int
	g36 int
	g37 int
	g38 int
	g39 int
)

func many(w http.ResponseWriter, r *http.Request) {
	g0++ // want `^handler many writes 32 package-level variables: g0, g1, g2, g3, g4, g5 and 26 more: state kept in one instance's memory is lost on restart and unseen by other instances \(and 8 more writes past the limit of 32 per function\)$`
	g1++
	g2++
	g3++
	g4++
	g5++
	g6++
	g7++
	g8++
	g9++
	g10++
	g11++
	g12++
	g13++
	g14++
	g15++
	g16++
	g17++
	g18++
	g19++
	g20++
	g21++
	g22++
	g23++
	g24++
	g25++
	g26++
	g27++
	g28++
	g29++
	g30++
	g31++
	g32++
	g33++
	g34++
	g35++
	g36++
	g37++
	g38++
	g39++
}

// remote reaches a function of another package that dropped writes.
func remote(w http.ResponseWriter, r *http.Request) {
	cappedlib.Many() // want `^handler remote → cappedlib.Many increments package-level counter cappedlib.m\[…\] \(lib.go:\d+\) and 31 more writes: state kept in one instance's memory is lost on restart and unseen by other instances \(and 8 more writes past the limit of 32 per function\)$`
}

func main() {
	http.HandleFunc("/many", many)
	http.HandleFunc("/remote", remote)
}
