package multipart_remote_middleware

// A middleware of another package that copies the request: its handlers
// parse into the copy. One that passes the request on as it came does
// not.

import (
	"net/http"

	"multipart_remote_middleware/mw"
)

func upload(w http.ResponseWriter, r *http.Request) {
	r.ParseMultipartForm(32 << 20) // want `handler upload parses a multipart form \(ParseMultipartForm\) on a request copied by middleware WithUser without RemoveAll`
}

func logged(w http.ResponseWriter, r *http.Request) {
	r.ParseMultipartForm(32 << 20)
}

func main() {
	http.Handle("/upload", mw.WithUser(http.HandlerFunc(upload)))
	http.Handle("/logged", mw.Logged(http.HandlerFunc(logged)))
	http.ListenAndServe(":8080", nil)
}
