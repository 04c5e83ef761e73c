package nethttp_writes

import (
	"io"
	"net/http"
	"os"
	"path/filepath"
)

type Server struct {
	dataDir string
}

func (s *Server) avatar(w http.ResponseWriter, r *http.Request) {
	f, err := os.Create(filepath.Join(s.dataDir, "avatars", r.FormValue("user"))) // want `handler Server.avatar writes s.dataDir/avatars/… to local disk: the file stays on this instance, unseen by the others and lost when it is replaced; store it in object storage \(S3-compatible\) and hand out presigned URLs`
	if err != nil {
		return
	}
	defer f.Close()
	io.Copy(f, r.Body)
}

func note(w http.ResponseWriter, r *http.Request) {
	body, _ := io.ReadAll(r.Body)
	os.WriteFile("notes/"+r.FormValue("id")+".txt", body, 0o644) // want `handler note writes notes/….txt to local disk`
}

func appendLog(w http.ResponseWriter, r *http.Request) {
	f, err := os.OpenFile("events.log", os.O_APPEND|os.O_CREATE|os.O_WRONLY, 0o644) // want `handler appendLog writes events.log to local disk`
	if err != nil {
		return
	}
	defer f.Close()
	io.Copy(f, r.Body)
}

// scratch writes under os.TempDir() and never removes the file.
func scratch(w http.ResponseWriter, r *http.Request) {
	p := filepath.Join(os.TempDir(), r.FormValue("id"))
	os.WriteFile(p, []byte("x"), 0o600) // want `handler scratch writes os.TempDir\(\)/… to local disk`
}

func save(dir, name string, data []byte) error {
	return os.WriteFile(filepath.Join(dir, name), data, 0o644) // want `handler viaHelper → save writes uploads/name to local disk`
}

func viaHelper(w http.ResponseWriter, r *http.Request) {
	save("uploads", r.FormValue("name"), nil)
}

// atomic writes a temporary file and moves it into place: the file stays
// at its final path.
func atomic(w http.ResponseWriter, r *http.Request) {
	f, err := os.CreateTemp("data", "tmp-*")
	if err != nil {
		return
	}
	io.Copy(f, r.Body)
	f.Close()
	os.Rename(f.Name(), filepath.Join("data", r.FormValue("name"))) // want `handler atomic writes data/… to local disk`
}

func main() {
	s := &Server{dataDir: "data"}
	http.HandleFunc("/avatar", s.avatar)
	http.ListenAndServe(":8080", nil)
}
