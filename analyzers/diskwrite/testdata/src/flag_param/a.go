package flag_param

import (
	"io"
	"net/http"
	"os"

	"fileutil"
)

// open takes its flag from the caller: whether it writes is the
// caller's to say.
func open(name string, flag int) (*os.File, error) {
	return os.OpenFile(name, flag, 0o644)
}

// reopen passes its own flag on.
func reopen(name string, flag int) (*os.File, error) {
	return open(name, flag)
}

func save(w http.ResponseWriter, r *http.Request) {
	f, err := open("data/"+r.FormValue("id"), os.O_CREATE|os.O_WRONLY) // want `handler save → open writes name to local disk`
	if err != nil {
		return
	}
	defer f.Close()
	io.Copy(f, r.Body)
}

// read opens the same way for reading only: quiet.
func read(w http.ResponseWriter, r *http.Request) {
	f, err := open("data/"+r.FormValue("id"), os.O_RDONLY)
	if err != nil {
		return
	}
	defer f.Close()
	io.Copy(w, f)
}

// readTwice passes a read-only flag through two helpers: quiet.
func readTwice(w http.ResponseWriter, r *http.Request) {
	f, err := reopen("data/x", os.O_RDONLY)
	if err != nil {
		return
	}
	f.Close()
}

func truncate(w http.ResponseWriter, r *http.Request) {
	f, err := reopen("state.json", os.O_TRUNC|os.O_RDWR) // want `handler truncate → reopen → open writes name to local disk`
	if err != nil {
		return
	}
	f.Close()
}

func logEvent(w http.ResponseWriter, r *http.Request) {
	f, err := fileutil.Open("events/"+r.FormValue("id"), os.O_CREATE|os.O_WRONLY) // want `handlers logEvent and appendAny → fileutil.Open writes name to local disk \(fileutil.go:8, also reached from 1 other call\)`
	if err != nil {
		return
	}
	f.Close()
}

// appendAny always writes: the helper or's in O_APPEND whatever the caller passes.
func appendAny(w http.ResponseWriter, r *http.Request) {
	// Reported with logEvent, at the same write.
	f, err := fileutil.OpenAppend("journal", 0)
	if err != nil {
		return
	}
	f.Close()
}

func lookup(w http.ResponseWriter, r *http.Request) {
	f, err := fileutil.Open("events/"+r.FormValue("id"), os.O_RDONLY)
	if err != nil {
		return
	}
	f.Close()
}

// syncWrite picks its flags at run time; every choice writes.
func syncWrite(w http.ResponseWriter, r *http.Request) {
	flags := os.O_WRONLY | os.O_CREATE
	if r.FormValue("sync") != "" {
		flags |= os.O_SYNC
	}
	f, err := os.OpenFile("synced/"+r.FormValue("id"), flags, 0o644) // want `handler syncWrite writes synced/… to local disk`
	if err != nil {
		return
	}
	f.Close()
}

// readMaybeSync picks among flags that only read: quiet.
func readMaybeSync(w http.ResponseWriter, r *http.Request) {
	flags := os.O_RDONLY
	if r.FormValue("sync") != "" {
		flags |= os.O_SYNC
	}
	f, err := os.OpenFile("synced/"+r.FormValue("id"), flags, 0)
	if err != nil {
		return
	}
	f.Close()
}

func main() {
	http.HandleFunc("/sync", syncWrite)
	http.HandleFunc("/readsync", readMaybeSync)
	http.HandleFunc("/save", save)
	http.HandleFunc("/read", read)
	http.HandleFunc("/read2", readTwice)
	http.HandleFunc("/truncate", truncate)
	http.HandleFunc("/log", logEvent)
	http.HandleFunc("/append", appendAny)
	http.HandleFunc("/lookup", lookup)
	http.ListenAndServe(":8080", nil)
}
