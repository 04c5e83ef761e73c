// Package related checks the related information of a finding that merges
// several writes in another package: each says what it does.
package related

import (
	"net/http"

	"relatedlib"
)

func rotate(w http.ResponseWriter, r *http.Request) {
	relatedlib.Rotate(r.FormValue("old"), r.FormValue("id")) // want `^handler rotate → relatedlib.Rotate writes package-level map relatedlib.sessions \(lib.go:8\) and 1 more write: state kept`
}

func main() {
	http.HandleFunc("/rotate", rotate)
}
