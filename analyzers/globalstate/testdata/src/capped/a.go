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
	g0++  // want `^handler many increments package-level counter g0: state kept in one instance's memory is lost on restart and unseen by other instances$`
	g1++  // want `^handler many increments package-level counter g1: state kept in one instance's memory is lost on restart and unseen by other instances$`
	g2++  // want `^handler many increments package-level counter g2: state kept in one instance's memory is lost on restart and unseen by other instances$`
	g3++  // want `^handler many increments package-level counter g3: state kept in one instance's memory is lost on restart and unseen by other instances$`
	g4++  // want `^handler many increments package-level counter g4: state kept in one instance's memory is lost on restart and unseen by other instances$`
	g5++  // want `^handler many increments package-level counter g5: state kept in one instance's memory is lost on restart and unseen by other instances$`
	g6++  // want `^handler many increments package-level counter g6: state kept in one instance's memory is lost on restart and unseen by other instances$`
	g7++  // want `^handler many increments package-level counter g7: state kept in one instance's memory is lost on restart and unseen by other instances$`
	g8++  // want `^handler many increments package-level counter g8: state kept in one instance's memory is lost on restart and unseen by other instances$`
	g9++  // want `^handler many increments package-level counter g9: state kept in one instance's memory is lost on restart and unseen by other instances$`
	g10++ // want `^handler many increments package-level counter g10: state kept in one instance's memory is lost on restart and unseen by other instances$`
	g11++ // want `^handler many increments package-level counter g11: state kept in one instance's memory is lost on restart and unseen by other instances$`
	g12++ // want `^handler many increments package-level counter g12: state kept in one instance's memory is lost on restart and unseen by other instances$`
	g13++ // want `^handler many increments package-level counter g13: state kept in one instance's memory is lost on restart and unseen by other instances$`
	g14++ // want `^handler many increments package-level counter g14: state kept in one instance's memory is lost on restart and unseen by other instances$`
	g15++ // want `^handler many increments package-level counter g15: state kept in one instance's memory is lost on restart and unseen by other instances$`
	g16++ // want `^handler many increments package-level counter g16: state kept in one instance's memory is lost on restart and unseen by other instances$`
	g17++ // want `^handler many increments package-level counter g17: state kept in one instance's memory is lost on restart and unseen by other instances$`
	g18++ // want `^handler many increments package-level counter g18: state kept in one instance's memory is lost on restart and unseen by other instances$`
	g19++ // want `^handler many increments package-level counter g19: state kept in one instance's memory is lost on restart and unseen by other instances$`
	g20++ // want `^handler many increments package-level counter g20: state kept in one instance's memory is lost on restart and unseen by other instances$`
	g21++ // want `^handler many increments package-level counter g21: state kept in one instance's memory is lost on restart and unseen by other instances$`
	g22++ // want `^handler many increments package-level counter g22: state kept in one instance's memory is lost on restart and unseen by other instances$`
	g23++ // want `^handler many increments package-level counter g23: state kept in one instance's memory is lost on restart and unseen by other instances$`
	g24++ // want `^handler many increments package-level counter g24: state kept in one instance's memory is lost on restart and unseen by other instances$`
	g25++ // want `^handler many increments package-level counter g25: state kept in one instance's memory is lost on restart and unseen by other instances$`
	g26++ // want `^handler many increments package-level counter g26: state kept in one instance's memory is lost on restart and unseen by other instances$`
	g27++ // want `^handler many increments package-level counter g27: state kept in one instance's memory is lost on restart and unseen by other instances$`
	g28++ // want `^handler many increments package-level counter g28: state kept in one instance's memory is lost on restart and unseen by other instances$`
	g29++ // want `^handler many increments package-level counter g29: state kept in one instance's memory is lost on restart and unseen by other instances$`
	g30++ // want `^handler many increments package-level counter g30: state kept in one instance's memory is lost on restart and unseen by other instances$`
	g31++ // want `^handler many increments package-level counter g31: state kept in one instance's memory is lost on restart and unseen by other instances \(and 8 more writes past the limit of 32 per function\)$`
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
