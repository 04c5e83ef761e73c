package cross_package

import (
	"io"
	"net/http"
	"os"
	"path/filepath"

	"store"
)

type Server struct {
	files *store.Store
}

func (s *Server) upload(w http.ResponseWriter, r *http.Request) {
	body, _ := io.ReadAll(r.Body)
	s.files.Put(r.FormValue("name"), body) // want `handler Server.upload → store.Store.Put writes s.files.Dir/name to local disk \(store.go:16\)`
}

// scratch hands store.PutAt a path under a directory it removes.
func scratch(w http.ResponseWriter, r *http.Request) {
	dir, err := os.MkdirTemp("", "scratch")
	if err != nil {
		return
	}
	defer os.RemoveAll(dir)
	store.PutAt(filepath.Join(dir, "body"), nil)
}

func main() {
	s := &Server{files: &store.Store{Dir: "files"}}
	http.HandleFunc("/upload", s.upload)
	http.ListenAndServe(":8080", nil)
}
