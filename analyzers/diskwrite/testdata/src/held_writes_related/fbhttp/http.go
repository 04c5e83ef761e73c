package fbhttp // want package:`writes through held_writes_related/users.User.Fs`

// Several handlers write through the filesystem the user's field holds,
// which package users opens: one finding, at the first write, with
// related information at every write, so that each line to change is
// named.

import (
	"net/http"

	"github.com/spf13/afero"

	"held_writes_related/users"
)

type server struct{}

func (s *server) user(r *http.Request) *users.User {
	u := &users.User{Scope: "/srv/" + r.Header.Get("X-User")}
	u.Clean()
	return u
}

func (s *server) create(w http.ResponseWriter, r *http.Request) {
	u := s.user(r)
	afero.WriteReader(u.Fs, r.URL.Path, r.Body) // want `handler server.create writes through users.User.Fs, an afero filesystem on local disk \(u.Scope\) opened at users.go:15`
}

func (s *server) patch(w http.ResponseWriter, r *http.Request) {
	u := s.user(r)
	afero.WriteReader(u.Fs, r.URL.Path+".part", r.Body)
	afero.WriteFile(u.Fs, r.URL.Path+".info", []byte(r.Header.Get("Upload-Offset")), 0o644)
}

func (s *server) post(w http.ResponseWriter, r *http.Request) {
	afero.WriteReader(s.user(r).Fs, r.URL.Path, r.Body)
}

func NewHandler() http.Handler {
	s := &server{}
	mux := http.NewServeMux()
	mux.HandleFunc("/tus/create", s.create)
	mux.HandleFunc("/tus/patch", s.patch)
	mux.HandleFunc("/resources", s.post)
	return mux
}
