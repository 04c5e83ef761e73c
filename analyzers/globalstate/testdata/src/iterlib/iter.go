// Package iterlib yields numbers to range-over-func loops.
package iterlib

import "iter"

// Upto yields 0, 1, …, n-1.
func Upto(n int) iter.Seq[int] {
	return func(yield func(int) bool) {
		for i := range n {
			if !yield(i) {
				return
			}
		}
	}
}
