package quiet_removed

import (
	"io"
	"net/http"
	"os"
	"path/filepath"
)

func deferred(w http.ResponseWriter, r *http.Request) {
	f, err := os.CreateTemp("", "upload-*")
	if err != nil {
		return
	}
	defer os.Remove(f.Name())
	defer f.Close()
	io.Copy(f, r.Body)
}

func directory(w http.ResponseWriter, r *http.Request) {
	dir, err := os.MkdirTemp("", "work")
	if err != nil {
		return
	}
	defer os.RemoveAll(dir)
	f, err := os.CreateTemp(dir, "part")
	if err != nil {
		return
	}
	io.Copy(f, r.Body)
	os.WriteFile(filepath.Join(dir, "meta.json"), []byte("{}"), 0o600)
}

// everyPath removes the file on each path that returns.
func everyPath(w http.ResponseWriter, r *http.Request) {
	f, err := os.CreateTemp("", "x")
	if err != nil {
		return
	}
	if _, err := io.Copy(f, r.Body); err != nil {
		os.Remove(f.Name())
		return
	}
	os.Remove(f.Name())
}

func cleanup(f *os.File) {
	f.Close()
	os.Remove(f.Name())
}

func viaHelper(w http.ResponseWriter, r *http.Request) {
	f, err := os.CreateTemp("", "x")
	if err != nil {
		return
	}
	defer cleanup(f)
	io.Copy(f, r.Body)
}

func viaClosure(w http.ResponseWriter, r *http.Request) {
	name := ""
	f, err := os.CreateTemp("", "x")
	if err != nil {
		return
	}
	name = f.Name()
	defer func() {
		f.Close()
		os.Remove(name)
	}()
	io.Copy(f, r.Body)
}

func newTemp() (*os.File, error) { return os.CreateTemp("", "hand") }

func handedBack(w http.ResponseWriter, r *http.Request) {
	f, err := newTemp()
	if err != nil {
		return
	}
	defer os.Remove(f.Name())
	io.Copy(f, r.Body)
}

// renamed moves the temporary file into place: nothing is left under its
// temporary name.
func renamed(w http.ResponseWriter, r *http.Request) {
	f, err := os.CreateTemp("", "x")
	if err != nil {
		return
	}
	io.Copy(f, r.Body)
	f.Close()
	os.Rename(f.Name(), "/dev/null")
}

// tempFile removes itself when closed.
type tempFile struct {
	*os.File
}

func newTempFile() (tempFile, error) {
	f, err := os.CreateTemp("", "wrapped")
	if err != nil {
		return tempFile{}, err
	}
	return tempFile{File: f}, nil
}

func (t tempFile) Close() error {
	t.File.Close()
	return os.Remove(t.Name())
}

func wrapped(w http.ResponseWriter, r *http.Request) {
	t, err := newTempFile()
	if err != nil {
		return
	}
	defer t.Close()
	io.Copy(t, r.Body)
}

// parentDir removes the directory the file was made in.
func parentDir(w http.ResponseWriter, r *http.Request) {
	dir, _ := os.MkdirTemp("", "p")
	f, err := os.CreateTemp(dir, "x")
	if err != nil {
		return
	}
	defer os.RemoveAll(filepath.Dir(f.Name()))
}

// notOnRequestPath makes a temporary file in main, before serving.
func main() {
	f, _ := os.CreateTemp("", "boot")
	_ = f
	http.HandleFunc("/", deferred)
}
