// The service these deployment files deploy: it writes uploads under a
// constant directory and exports under a directory named by EXPORT_DIR.
package main

import (
	"net/http"
	"os"
	"path/filepath"
)

const uploadDir = "/data/uploads"

func upload(w http.ResponseWriter, r *http.Request) {
	os.MkdirAll(filepath.Join(uploadDir, r.FormValue("user")), 0o755)
}

func export(w http.ResponseWriter, r *http.Request) {
	os.WriteFile(filepath.Join(os.Getenv("EXPORT_DIR"), "x.csv"), nil, 0o644)
}

// report builds its path into a variable first.
func report(w http.ResponseWriter, r *http.Request) {
	p := filepath.Join("/var/reports", r.FormValue("name"))
	os.WriteFile(p, nil, 0o644)
}

// reuse assigns its variable twice: its value at the write is not known.
func reuse(w http.ResponseWriter, r *http.Request) {
	q := filepath.Join("/var/cache/shop", "a")
	q = r.FormValue("path")
	os.WriteFile(q, nil, 0o644)
}

func main() {
	http.HandleFunc("/upload", upload)
	http.HandleFunc("/export", export)
	http.ListenAndServe(":8080", nil)
}
