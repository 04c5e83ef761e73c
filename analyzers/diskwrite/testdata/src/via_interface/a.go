package via_interface

import (
	"io"
	"net/http"

	"via_interface/impl"
)

type Blobs interface {
	Put(name string, data []byte) error
}

type Server struct{ blobs Blobs }

func (s *Server) Upload(w http.ResponseWriter, r *http.Request) {
	data, _ := io.ReadAll(r.Body)
	_ = s.blobs.Put(r.FormValue("name"), data)
}

func main() {
	s := &Server{blobs: impl.Local{Dir: "uploads"}} // want `handler Server.Upload → Blobs.Put \(impl.Local wired at a.go:22\) writes …/name to local disk \(impl.go:9\)`
	_ = impl.Discard{}
	http.HandleFunc("/upload", s.Upload)
}
