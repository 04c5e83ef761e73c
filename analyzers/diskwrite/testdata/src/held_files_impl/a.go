package held_files_impl // want package:`writes through held_files_impl/store.fileRepo.enc`

import (
	"net/http"

	"held_files_impl/store"
)

type Server struct{ repo store.Repository }

func (s *Server) Save(w http.ResponseWriter, r *http.Request) {
	s.repo.Save(r.FormValue("v"))
}

func main() {
	repo, err := store.New("records.jsonl") // want `handler Server.Save → Repository.Save \(\*store.fileRepo wired at a.go:16\) writes through store.fileRepo.enc, a file on local disk \(path\) opened at store.go:24`
	if err != nil {
		panic(err)
	}
	s := &Server{repo: repo}
	http.HandleFunc("/save", s.Save)
}
