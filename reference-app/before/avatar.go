package main

import (
	"errors"
	"io"
	"log"
	"net/http"
	"os"
	"path/filepath"
)

const maxAvatarBytes = 1 << 20

// avatarDir is where uploaded avatars live, one file per user.
var avatarDir string

var avatarTypes = map[string]string{"image/png": ".png", "image/jpeg": ".jpg"}

// handleUploadAvatar stores the request body as the user's avatar. The
// upload is staged in a temporary file and renamed into place, so a broken
// upload never replaces a good avatar.
func handleUploadAvatar(w http.ResponseWriter, r *http.Request) {
	contentType := r.Header.Get("Content-Type")
	if _, ok := avatarTypes[contentType]; !ok {
		writeError(w, http.StatusUnsupportedMediaType, "avatar must be image/png or image/jpeg")
		return
	}

	tmp, err := os.CreateTemp(avatarDir, ".upload-*")
	if err != nil {
		log.Printf("avatar: %v", err)
		writeError(w, http.StatusInternalServerError, "cannot store avatar")
		return
	}
	_, err = io.Copy(tmp, http.MaxBytesReader(w, r.Body, maxAvatarBytes))
	if cerr := tmp.Close(); err == nil {
		err = cerr
	}
	if err != nil {
		var tooLarge *http.MaxBytesError
		if errors.As(err, &tooLarge) {
			writeError(w, http.StatusRequestEntityTooLarge, "avatar is larger than 1 MiB")
			return
		}
		writeError(w, http.StatusBadRequest, "upload interrupted")
		return
	}

	user := currentUser(r)
	for _, ext := range avatarTypes {
		os.Remove(filepath.Join(avatarDir, user+ext))
	}
	if err := os.Rename(tmp.Name(), filepath.Join(avatarDir, user+avatarTypes[contentType])); err != nil {
		log.Printf("avatar: %v", err)
		writeError(w, http.StatusInternalServerError, "cannot store avatar")
		return
	}
	w.WriteHeader(http.StatusCreated)
}

func handleGetAvatar(w http.ResponseWriter, r *http.Request) {
	user := currentUser(r)
	for contentType, ext := range avatarTypes {
		f, err := os.Open(filepath.Join(avatarDir, user+ext))
		if err != nil {
			continue
		}
		defer f.Close()
		w.Header().Set("Content-Type", contentType)
		io.Copy(w, f)
		return
	}
	writeError(w, http.StatusNotFound, "no avatar uploaded")
}
