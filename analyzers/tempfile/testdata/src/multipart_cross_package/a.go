package multipart_cross_package

import (
	"net/http"

	"github.com/go-chi/chi/v5"

	"uploads"
)

func main() {
	h := &uploads.Handlers{}
	r := chi.NewRouter()
	r.Post("/avatar", uploads.Avatar) // want `handler uploads.Avatar parses a multipart form \(ParseMultipartForm\) on a request copied by a chi router without RemoveAll \(uploads.go:8\)`
	r.Post("/cleaned", uploads.Cleaned)
	r.Post("/doc", h.Document) // want `handler uploads.Handlers.Document parses a multipart form \(FormFile\) on a request copied by a chi router without RemoveAll \(uploads.go:25\)`
	mux := http.NewServeMux()
	mux.HandleFunc("/plain", uploads.Avatar)
	http.ListenAndServe(":8080", r)
}
