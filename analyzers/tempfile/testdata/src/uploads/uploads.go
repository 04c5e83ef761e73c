// Package uploads holds handlers that the main package registers.
package uploads

import "net/http"

// Avatar parses the form and leaves the spill files to net/http.
func Avatar(w http.ResponseWriter, r *http.Request) {
	if err := r.ParseMultipartForm(1 << 10); err != nil {
		http.Error(w, err.Error(), http.StatusBadRequest)
	}
}

// Cleaned removes the spill files itself.
func Cleaned(w http.ResponseWriter, r *http.Request) {
	if err := r.ParseMultipartForm(1 << 10); err != nil {
		return
	}
	defer r.MultipartForm.RemoveAll()
}

type Handlers struct{}

// Document parses a file upload.
func (h *Handlers) Document(w http.ResponseWriter, r *http.Request) {
	f, _, err := r.FormFile("doc")
	if err != nil {
		return
	}
	f.Close()
}
