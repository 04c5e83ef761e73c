package multipart_local_middleware

import (
	"context"
	"net/http"
)

type key struct{}

// withUser puts the user in the request's context: the next handler gets
// a copy of the request.
func withUser(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		ctx := context.WithValue(r.Context(), key{}, r.Header.Get("X-User"))
		next.ServeHTTP(w, r.WithContext(ctx))
	})
}

// logged passes the request on unchanged.
func logged(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		next.ServeHTTP(w, r)
	})
}

func upload(w http.ResponseWriter, r *http.Request) {
	r.ParseMultipartForm(1 << 20) // want `handler upload parses a multipart form \(ParseMultipartForm\) on a request copied by middleware withUser`
}

func plain(w http.ResponseWriter, r *http.Request) {
	r.ParseMultipartForm(1 << 20)
}

func wrapped(w http.ResponseWriter, r *http.Request) {
	r.ParseMultipartForm(1 << 20) // want `handler wrapped parses a multipart form \(ParseMultipartForm\) on a request copied by middleware withUser`
}

func main() {
	mux := http.NewServeMux()
	mux.Handle("/upload", logged(withUser(http.HandlerFunc(upload))))
	mux.Handle("/plain", logged(http.HandlerFunc(plain)))
	inner := http.NewServeMux()
	inner.HandleFunc("/wrapped", wrapped)
	mux.Handle("/api/", withUser(inner))
	http.ListenAndServe(":8080", mux)
}
