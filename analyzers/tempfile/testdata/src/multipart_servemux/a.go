package multipart_servemux

import (
	"io"
	"net/http"
)

// avatar parses the original request: net/http removes its spill files.
func avatar(w http.ResponseWriter, r *http.Request) {
	if err := r.ParseMultipartForm(10 << 20); err != nil {
		http.Error(w, err.Error(), http.StatusBadRequest)
		return
	}
	f, _, err := r.FormFile("avatar")
	if err != nil {
		return
	}
	defer f.Close()
}

// stream reads the parts as they come: no spill files.
func stream(w http.ResponseWriter, r *http.Request) {
	mr, err := r.MultipartReader()
	if err != nil {
		return
	}
	for {
		p, err := mr.NextPart()
		if err != nil {
			return
		}
		io.Copy(io.Discard, p)
	}
}

func main() {
	mux := http.NewServeMux()
	mux.HandleFunc("POST /avatar", avatar)
	mux.HandleFunc("POST /stream", stream)
	http.ListenAndServe(":8080", mux)
}
