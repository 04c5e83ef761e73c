package cross_package

import (
	"net/http"
	"os"

	"spool"
)

func leaked(w http.ResponseWriter, r *http.Request) {
	f, err := spool.New(r.Body) // want `handler leaked → spool.New leaves a temporary file \(os.CreateTemp\) behind \(spool.go:12\)`
	if err != nil {
		return
	}
	f.Close()
}

func removed(w http.ResponseWriter, r *http.Request) {
	f, err := spool.New(r.Body)
	if err != nil {
		return
	}
	defer os.Remove(f.Name())
}

func discarded(w http.ResponseWriter, r *http.Request) {
	f, err := spool.New(r.Body)
	if err != nil {
		return
	}
	defer spool.Discard(f)
}

func counted(w http.ResponseWriter, r *http.Request) {
	spool.Count(r.Body) // want `handler counted → spool.Count leaves a temporary file \(os.CreateTemp\) behind \(spool.go:22\)`
}
