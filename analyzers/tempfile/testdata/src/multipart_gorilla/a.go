package multipart_gorilla

import (
	"net/http"

	"github.com/gorilla/mux"
)

func upload(w http.ResponseWriter, r *http.Request) {
	r.ParseMultipartForm(32 << 20) // want `handler upload parses a multipart form \(ParseMultipartForm\) on a request copied by a gorilla/mux router`
	w.Write([]byte(r.FormValue("name")))
}

func main() {
	r := mux.NewRouter()
	r.HandleFunc("/upload", upload)
	http.ListenAndServe(":8080", r)
}
