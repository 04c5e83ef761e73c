// Package range_func checks that the body of a range-over-func loop,
// which go/ssa builds as a closure passed to the iterator, is part of the
// function it is written in.
package range_func

import (
	"iter"
	"net/http"

	"iterlib"
)

var (
	seen  = map[int]bool{}
	hits  = map[int]int{}
	total int
)

func seq(n int) iter.Seq[int] {
	return func(yield func(int) bool) {
		for i := range n {
			if !yield(i) {
				return
			}
		}
	}
}

func local(w http.ResponseWriter, r *http.Request) {
	for i := range seq(3) {
		seen[i] = true // want `^handler local writes package-level map seen: state kept`
	}
}

// imported ranges over an iterator of another package, in a nested loop.
func imported(w http.ResponseWriter, r *http.Request) {
	for i := range iterlib.Upto(3) {
		for j := range seq(i) {
			hits[j]++ // want `^handler imported writes 2 package-level variables: hits, total: state kept`
		}
		if i > 1 {
			break
		}
		total += i
	}
}

// requestScoped fills a map of its own: quiet.
func requestScoped(w http.ResponseWriter, r *http.Request) {
	mine := map[int]bool{}
	for i := range iterlib.Upto(3) {
		mine[i] = true
	}
	_ = mine
}

func main() {
	http.HandleFunc("/local", local)
	http.HandleFunc("/imported", imported)
	http.HandleFunc("/mine", requestScoped)
}
