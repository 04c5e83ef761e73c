package multipart_behind_chi

import (
	"net/http"

	"github.com/go-chi/chi/v5"
)

type Server struct{}

func (s *Server) avatar(w http.ResponseWriter, r *http.Request) {
	if err := r.ParseMultipartForm(1 << 10); err != nil { // want `handler Server.avatar parses a multipart form \(ParseMultipartForm\) on a request copied by a chi router without RemoveAll: net/http removes spill files only for the request it passed in, so each upload over the memory limit stays in this instance's temp dir; defer r.MultipartForm.RemoveAll\(\) once the form is parsed`
		http.Error(w, err.Error(), http.StatusBadRequest)
		return
	}
	w.WriteHeader(http.StatusNoContent)
}

func document(w http.ResponseWriter, req *http.Request) {
	f, h, err := req.FormFile("doc") // want `handler document parses a multipart form \(FormFile\) on a request copied by a chi router`
	if err != nil {
		return
	}
	g, _, err := req.FormFile("attachment") // the same form: one finding
	if err == nil {
		g.Close()
	}
	defer f.Close()
	_ = h
}

func cleaned(w http.ResponseWriter, r *http.Request) {
	if err := r.ParseMultipartForm(1 << 10); err != nil {
		return
	}
	defer r.MultipartForm.RemoveAll()
}

func parse(r *http.Request) error {
	return r.ParseMultipartForm(32 << 20) // want `handler func literal in routes → parse parses a multipart form \(ParseMultipartForm\) on a request copied by a chi router`
}

func routes(s *Server) http.Handler {
	r := chi.NewRouter()
	r.Post("/avatar", s.avatar)
	r.Post("/doc", document)
	r.Post("/cleaned", cleaned)
	r.Route("/inline", func(r chi.Router) {
		r.Post("/", func(w http.ResponseWriter, r *http.Request) {
			if parse(r) != nil {
				return
			}
		})
	})
	return r
}
