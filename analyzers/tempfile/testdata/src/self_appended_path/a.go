// Package self_appended_path removes a path built by appending a variable
// to itself many times. The variable is captured, so it stays a memory
// cell: deciding whether the removed path names the temporary file visits
// the cell's stores, each of which loads the cell again, and must do so
// once, not once per path through them.
package self_appended_path

import (
	"net/http"
	"os"
)

func handler(w http.ResponseWriter, r *http.Request) {
	f, err := os.CreateTemp("", "x") // want `handler handler leaves a temporary file \(os.CreateTemp\) behind`
	if err != nil {
		return
	}
	defer f.Close()
	q := r.URL.Path
	defer func() { _ = q }()
	q += q + "/0"
	q += q + "/1"
	q += q + "/2"
	q += q + "/3"
	q += q + "/4"
	q += q + "/5"
	q += q + "/6"
	q += q + "/7"
	q += q + "/8"
	q += q + "/9"
	q += q + "/10"
	q += q + "/11"
	q += q + "/12"
	q += q + "/13"
	q += q + "/14"
	q += q + "/15"
	q += q + "/16"
	q += q + "/17"
	q += q + "/18"
	q += q + "/19"
	q += q + "/20"
	q += q + "/21"
	q += q + "/22"
	q += q + "/23"
	q += q + "/24"
	q += q + "/25"
	q += q + "/26"
	q += q + "/27"
	q += q + "/28"
	q += q + "/29"
	os.Remove(q)
}
