package afero_fs // want package:`writes through afero_fs.Server.af, afero_fs.Server.cached, afero_fs.Server.fs, afero_fs.Server.mem, afero_fs.Server.ro, afero_fs.overlay` package:`opens afero filesystem into afero_fs.Server.unused`

import (
	"io"
	"net/http"
	"os"
	"time"

	"github.com/spf13/afero"
)

type Server struct {
	fs     afero.Fs
	mem    afero.Fs
	ro     afero.Fs
	cached afero.Fs
	af     *afero.Afero
	unused afero.Fs
}

// overlay reads the shipped assets and keeps what is written in memory.
var overlay afero.Fs

func NewServer(fs afero.Fs) *Server { // want NewServer:`stores param 0 → afero_fs.Server.fs`
	return &Server{fs: fs}
}

func (s *Server) upload(w http.ResponseWriter, r *http.Request) {
	f, err := s.fs.Create("uploads/" + r.FormValue("name"))
	if err != nil {
		return
	}
	defer f.Close()
	io.Copy(f, r.Body)
}

func (s *Server) draft(w http.ResponseWriter, r *http.Request) {
	data, _ := io.ReadAll(r.Body)
	afero.WriteFile(s.mem, "drafts/"+r.FormValue("id"), data, 0o644)
}

func (s *Server) note(w http.ResponseWriter, r *http.Request) {
	s.af.WriteFile("notes/"+r.FormValue("id"), nil, 0o644)
}

func (s *Server) thumb(w http.ResponseWriter, r *http.Request) {
	f, _ := s.cached.OpenFile("thumbs/"+r.FormValue("id"), os.O_CREATE|os.O_WRONLY, 0o644)
	f.Close()
}

func publish(w http.ResponseWriter, r *http.Request) {
	afero.WriteReader(overlay, "pages/"+r.FormValue("id"), r.Body)
}

// cacheLocal builds its own filesystem over the OS: the write is reported
// where it happens.
func cacheLocal(w http.ResponseWriter, r *http.Request) {
	fs := afero.NewBasePathFs(afero.NewOsFs(), "cache")
	afero.WriteFile(fs, r.FormValue("id"), nil, 0o644) // want `handler cacheLocal writes cache/… to local disk`
}

func scratchMem(w http.ResponseWriter, r *http.Request) {
	fs := afero.NewMemMapFs()
	afero.WriteFile(fs, "x", nil, 0o644) // want `handler scratchMem writes files to an afero MemMapFs: they live in this instance's memory`
}

// Reads, and writes the read-only filesystem refuses, stay quiet.

func (s *Server) download(w http.ResponseWriter, r *http.Request) {
	f, err := s.fs.Open("uploads/" + r.FormValue("name"))
	if err != nil {
		return
	}
	defer f.Close()
	io.Copy(w, f)
}

func (s *Server) peek(w http.ResponseWriter, r *http.Request) {
	f, err := s.fs.OpenFile("uploads/"+r.FormValue("name"), os.O_RDONLY, 0)
	if err != nil {
		return
	}
	f.Close()
}

func (s *Server) readOnly(w http.ResponseWriter, r *http.Request) {
	s.ro.Create("x")
}

func (s *Server) viewLocal(w http.ResponseWriter, r *http.Request) {
	fs := afero.NewReadOnlyFs(afero.NewOsFs())
	afero.WriteFile(fs, "x", nil, 0o644)
}

func main() {
	s := NewServer(afero.NewBasePathFs(afero.NewOsFs(), "/srv/data")) // want `afero filesystem built here keeps request data on local disk \(/srv/data\): handler Server.upload writes files through afero_fs.Server.fs \(a.go:29\); they stay on this instance's disk, unseen by the others and lost when it is replaced; store them in object storage \(S3-compatible\) and hand out presigned URLs`
	s.mem = afero.NewMemMapFs()                                       // want `afero MemMapFs built here keeps request data in process memory: handler Server.draft writes files through afero_fs.Server.mem`
	s.ro = afero.NewReadOnlyFs(afero.NewOsFs())
	s.af = &afero.Afero{Fs: afero.NewOsFs()}                                                    // want `afero filesystem built here keeps request data on local disk \(OsFs\): handler Server.note writes files through afero_fs.Server.af`
	s.cached = afero.NewCacheOnReadFs(afero.NewOsFs(), afero.NewMemMapFs(), time.Minute)        // want `afero filesystem built here keeps request data on local disk \(OsFs\): handler Server.thumb writes files through afero_fs.Server.cached`
	overlay = afero.NewCopyOnWriteFs(afero.NewReadOnlyFs(afero.NewOsFs()), afero.NewMemMapFs()) // want `afero MemMapFs built here keeps request data in process memory: handler publish writes files through afero_fs.overlay`
	s.unused = afero.NewOsFs()
	http.HandleFunc("/upload", s.upload)
	http.HandleFunc("/draft", s.draft)
	http.HandleFunc("/note", s.note)
	http.HandleFunc("/thumb", s.thumb)
	http.HandleFunc("/publish", publish)
	http.HandleFunc("/cache", cacheLocal)
	http.HandleFunc("/scratch", scratchMem)
	http.HandleFunc("/download", s.download)
	http.HandleFunc("/peek", s.peek)
	http.HandleFunc("/ro", s.readOnly)
	http.HandleFunc("/view", s.viewLocal)
	http.ListenAndServe(":8080", nil)
}
