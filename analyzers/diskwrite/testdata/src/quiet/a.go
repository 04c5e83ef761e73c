package quiet

import (
	"fmt"
	"io"
	"log"
	"net/http"
	"os"
	"path/filepath"
)

func read(w http.ResponseWriter, r *http.Request) {
	f, err := os.OpenFile("data.json", os.O_RDONLY, 0)
	if err != nil {
		return
	}
	defer f.Close()
	io.Copy(w, f)
	b, _ := os.ReadFile("other.json")
	w.Write(b)
	g, _ := os.Open("third.json")
	g.Close()
}

func console(w http.ResponseWriter, r *http.Request) {
	fmt.Fprintln(os.Stdout, "request", r.URL.Path)
	fmt.Fprintln(os.Stderr, "done")
	os.Stdout.Write([]byte("ok\n"))
}

// unzip works in a temporary directory it removes.
func unzip(w http.ResponseWriter, r *http.Request) {
	dir, err := os.MkdirTemp("", "unzip")
	if err != nil {
		return
	}
	defer os.RemoveAll(dir)
	out, err := os.OpenFile(dir+"/"+r.FormValue("name"), os.O_WRONLY|os.O_CREATE|os.O_TRUNC, 0o600)
	if err != nil {
		return
	}
	io.Copy(out, r.Body)
	out.Close()
}

// scratch removes the file it writes under os.TempDir().
func scratch(w http.ResponseWriter, r *http.Request) {
	p := filepath.Join(os.TempDir(), r.FormValue("id"))
	defer os.Remove(p)
	os.WriteFile(p, []byte("x"), 0o600)
}

// render writes a file and removes it on every path.
func render(w http.ResponseWriter, r *http.Request) {
	f, err := os.Create("out.pdf")
	if err != nil {
		return
	}
	if _, err := io.Copy(f, r.Body); err != nil {
		f.Close()
		os.Remove(f.Name())
		return
	}
	f.Close()
	os.Remove("out.pdf")
}

func main() {
	logFile, err := os.OpenFile("app.log", os.O_APPEND|os.O_CREATE|os.O_WRONLY, 0o644)
	if err != nil {
		panic(err)
	}
	log.SetOutput(logFile)
	http.HandleFunc("/read", read)
	http.ListenAndServe(":8080", nil)
}
