package escapes

import (
	"io"
	"net/http"
	"os"
	"time"
)

var (
	pending = map[string]string{}
	recent  []string
)

type Server struct {
	last    string
	results chan string
}

func remember(w http.ResponseWriter, r *http.Request) {
	f, err := os.CreateTemp("", "export") // want `handler remember lets the name of a temporary file \(os.CreateTemp\) escape the request, stored in package-level pending: it exists only on this instance, so a later request served by another cannot find it; keep it in object storage`
	if err != nil {
		return
	}
	io.Copy(f, r.Body)
	pending[r.FormValue("id")] = f.Name()
}

func appendName(w http.ResponseWriter, r *http.Request) {
	f, err := os.CreateTemp("", "export") // want `escape the request, stored in package-level recent`
	if err != nil {
		return
	}
	recent = append(recent, f.Name())
}

func (s *Server) field(w http.ResponseWriter, r *http.Request) {
	f, err := os.CreateTemp("", "export") // want `handler Server.field lets the name of a temporary file \(os.CreateTemp\) escape the request, stored in field s.last`
	if err != nil {
		return
	}
	s.last = f.Name()
}

func (s *Server) channel(w http.ResponseWriter, r *http.Request) {
	dir, err := os.MkdirTemp("", "job") // want `handler Server.channel lets the name of a temporary directory \(os.MkdirTemp\) escape the request, sent on a channel`
	if err != nil {
		return
	}
	s.results <- dir
}

func process(name string) {
	defer os.Remove(name)
}

func goroutine(w http.ResponseWriter, r *http.Request) {
	f, err := os.CreateTemp("", "job") // want `escape the request, handed to a goroutine`
	if err != nil {
		return
	}
	go process(f.Name())
}

// expireLater keeps the file for a later download from this instance.
func expireLater(w http.ResponseWriter, r *http.Request) {
	f, err := os.CreateTemp("", "download") // want `escape the request, handed to a timer callback`
	if err != nil {
		return
	}
	time.AfterFunc(10*time.Minute, func() { os.Remove(f.Name()) })
	w.Write([]byte(f.Name()))
}
