package nethttp_not_removed

import (
	"io"
	"io/ioutil"
	"net/http"
	"os"
	"path/filepath"
)

func upload(w http.ResponseWriter, r *http.Request) {
	f, err := os.CreateTemp("", "upload-*") // want `handler upload leaves a temporary file \(os.CreateTemp\) behind: it fills this instance's disk and no other instance can see it; remove it before returning \(defer os.Remove\(f.Name\(\)\)\) or stream to object storage`
	if err != nil {
		http.Error(w, err.Error(), http.StatusInternalServerError)
		return
	}
	defer f.Close()
	io.Copy(f, r.Body)
}

func unpack(w http.ResponseWriter, r *http.Request) {
	dir, err := os.MkdirTemp("", "unpack-*") // want `handler unpack leaves a temporary directory \(os.MkdirTemp\) behind: .* \(defer os.RemoveAll\(dir\)\)`
	if err != nil {
		return
	}
	out, err := os.Create(filepath.Join(dir, "data.bin"))
	if err != nil {
		return
	}
	io.Copy(out, r.Body)
	out.Close()
}

func legacy(w http.ResponseWriter, r *http.Request) {
	tmp, err := ioutil.TempFile("", "legacy") // want `handler legacy leaves a temporary file \(ioutil.TempFile\) behind`
	if err != nil {
		return
	}
	io.Copy(tmp, r.Body)
}

// somePaths removes the file on the success path only: the early return
// leaves it behind.
func somePaths(w http.ResponseWriter, r *http.Request) {
	f, err := os.CreateTemp("", "x") // want `handler somePaths leaves a temporary file \(os.CreateTemp\) behind`
	if err != nil {
		return
	}
	if _, err := io.Copy(f, r.Body); err != nil {
		http.Error(w, err.Error(), http.StatusBadRequest)
		return
	}
	f.Close()
	os.Remove(f.Name())
}

// spill is no handler; its caller is.
func spill(body io.Reader) error {
	f, err := os.CreateTemp("", "spill") // want `handler viaHelper → spill leaves a temporary file \(os.CreateTemp\) behind`
	if err != nil {
		return err
	}
	_, err = io.Copy(f, body)
	return err
}

func viaHelper(w http.ResponseWriter, r *http.Request) {
	spill(r.Body)
}

// newTemp hands its file to the caller, which must remove it.
func newTemp() (*os.File, error) {
	return os.CreateTemp("", "hand")
}

func handedBack(w http.ResponseWriter, r *http.Request) {
	f, err := newTemp() // want `handler handedBack → newTemp leaves a temporary file \(os.CreateTemp\) behind`
	if err != nil {
		return
	}
	io.Copy(f, r.Body)
}
