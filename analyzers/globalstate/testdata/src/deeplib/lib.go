// Package deeplib writes its state at the end of a long chain of calls.
package deeplib

var hits = map[string]int{}

func C1(k string) { c2(k) }
func c2(k string) { c3(k) }
func c3(k string) { c4(k) }
func c4(k string) { c5(k) }
func c5(k string) { c6(k) }
func c6(k string) { c7(k) }
func c7(k string) { C8(k) }

// C8 makes the write, seven calls below C1.
func C8(k string) { hits[k]++ }
