package afero_temp

import (
	"io"
	"net/http"

	"github.com/spf13/afero"
)

type Server struct {
	fs afero.Fs
	af afero.Afero
}

func (s *Server) convert(w http.ResponseWriter, r *http.Request) {
	f, err := afero.TempFile(s.fs, "", "convert-*") // want `handler Server.convert leaves a temporary file \(afero.TempFile\) behind`
	if err != nil {
		return
	}
	io.Copy(f, r.Body)
	f.Close()
}

func (s *Server) unpack(w http.ResponseWriter, r *http.Request) {
	dir, err := s.af.TempDir("", "unpack-") // want `handler Server.unpack leaves a temporary directory \(afero.Afero.TempDir\) behind`
	if err != nil {
		return
	}
	afero.WriteReader(s.fs, dir+"/body", r.Body)
}

// Removed through the filesystem before the handler returns: quiet.

func (s *Server) convertRemoved(w http.ResponseWriter, r *http.Request) {
	f, err := afero.TempFile(s.fs, "", "convert-*")
	if err != nil {
		return
	}
	defer s.fs.Remove(f.Name())
	defer f.Close()
	io.Copy(f, r.Body)
}

func (s *Server) unpackRemoved(w http.ResponseWriter, r *http.Request) {
	dir, err := afero.TempDir(s.fs, "", "unpack-")
	if err != nil {
		return
	}
	defer s.fs.RemoveAll(dir)
	afero.WriteReader(s.fs, dir+"/body", r.Body)
}

func main() {
	s := &Server{fs: afero.NewOsFs()}
	s.af = afero.Afero{Fs: s.fs}
	http.HandleFunc("/convert", s.convert)
	http.HandleFunc("/unpack", s.unpack)
	http.HandleFunc("/convert2", s.convertRemoved)
	http.HandleFunc("/unpack2", s.unpackRemoved)
	http.ListenAndServe(":8080", nil)
}
