// Package returned_stop starts goroutines through helpers that return the
// function that stops them, as filebrowser's keepUploadActive does.
package returned_stop

import (
	"net/http"
	"time"

	"returned_stop/keepalive"
)

type cache interface{ Touch(key string) }

var uploads cache

// keepUploadActive touches the entry until the returned function is
// called.
func keepUploadActive(c cache, key string) func() {
	stop := make(chan bool)
	go func() {
		ticker := time.NewTicker(2 * time.Second)
		defer ticker.Stop()
		for {
			select {
			case <-stop:
				return
			case <-ticker.C:
				c.Touch(key)
			}
		}
	}()
	return func() {
		close(stop)
	}
}

// upload stops the goroutine when the request ends.
func upload(w http.ResponseWriter, r *http.Request) {
	stop := keepUploadActive(uploads, r.URL.Path)
	defer stop()
	w.WriteHeader(http.StatusNoContent)
}

// uploadInline calls the stop function before it returns.
func uploadInline(w http.ResponseWriter, r *http.Request) {
	stop := keepUploadActive(uploads, r.URL.Path)
	w.WriteHeader(http.StatusNoContent)
	stop()
}

// uploadDeferredLiteral stops it from a deferred function literal.
func uploadDeferredLiteral(w http.ResponseWriter, r *http.Request) {
	stop := keepUploadActive(uploads, r.URL.Path)
	defer func() { stop() }()
	w.WriteHeader(http.StatusNoContent)
}

// uploadRemote stops the goroutine a helper of another package starts.
func uploadRemote(w http.ResponseWriter, r *http.Request) {
	stop := keepalive.Start(uploads, r.URL.Path)
	defer stop()
	w.WriteHeader(http.StatusNoContent)
}

// dropped never stops the goroutine.
func dropped(w http.ResponseWriter, r *http.Request) {
	keepUploadActive(uploads, r.URL.Path) // want `handler dropped → keepUploadActive starts a goroutine \(go func literal calling cache.Touch\) that outlives the request`
	w.WriteHeader(http.StatusNoContent)
}

// droppedRemote never stops the goroutine of the other package.
func droppedRemote(w http.ResponseWriter, r *http.Request) {
	keepalive.Start(uploads, r.URL.Path) // want `handler droppedRemote → keepalive.Start starts a goroutine \(go func literal calling Cache.Touch\) that outlives the request`
	w.WriteHeader(http.StatusNoContent)
}

var stops []func()

// kept stores the stop function in long-lived memory and never calls it.
func kept(w http.ResponseWriter, r *http.Request) {
	stops = append(stops, keepUploadActive(uploads, r.URL.Path)) // want `handler kept → keepUploadActive starts a goroutine`
	w.WriteHeader(http.StatusNoContent)
}

// wrongChannel returns a function that closes a channel the goroutine
// does not wait on.
func wrongChannel(c cache, key string) func() {
	stop, done := make(chan bool), make(chan bool)
	go func() { // want `handler closesOther → wrongChannel starts a goroutine \(go func literal calling cache.Touch\) that outlives the request`
		for {
			select {
			case <-stop:
				return
			case <-time.After(time.Second):
				c.Touch(key)
			}
		}
	}()
	return func() {
		close(done)
	}
}

// closesOther calls the stop function, which does not stop the goroutine.
func closesOther(w http.ResponseWriter, r *http.Request) {
	stop := wrongChannel(uploads, r.URL.Path)
	defer stop()
	w.WriteHeader(http.StatusNoContent)
}

func main() {
	http.HandleFunc("/upload", upload)
	http.HandleFunc("/inline", uploadInline)
	http.HandleFunc("/literal", uploadDeferredLiteral)
	http.HandleFunc("/remote", uploadRemote)
	http.HandleFunc("/dropped", dropped)
	http.HandleFunc("/dropped-remote", droppedRemote)
	http.HandleFunc("/kept", kept)
	http.HandleFunc("/other", closesOther)
}

// keepBoth hands the stop function of keepUploadActive on to its caller.
func keepBoth(key string) func() {
	return keepUploadActive(uploads, key)
}

// uploadWrapped defers the stop function a wrapper hands on.
func uploadWrapped(w http.ResponseWriter, r *http.Request) {
	defer keepBoth(r.URL.Path)()
	w.WriteHeader(http.StatusNoContent)
}

// droppedWrapped drops it.
func droppedWrapped(w http.ResponseWriter, r *http.Request) {
	keepBoth(r.URL.Path) // want `handler droppedWrapped → keepBoth → keepUploadActive starts a goroutine`
	w.WriteHeader(http.StatusNoContent)
}

func init() {
	http.HandleFunc("/wrapped", uploadWrapped)
	http.HandleFunc("/dropped-wrapped", droppedWrapped)
}
