package multipart_scs

import (
	"net/http"

	"github.com/alexedwards/scs/v2"
)

var sessionManager = scs.New()

func avatar(w http.ResponseWriter, r *http.Request) {
	_, _, err := r.FormFile("avatar") // want `handler avatar parses a multipart form \(FormFile\) on a request copied by scs LoadAndSave`
	if err != nil {
		return
	}
}

func profile(w http.ResponseWriter, r *http.Request) {
	_, _, err := r.FormFile("photo") // want `handler profile parses a multipart form \(FormFile\) on a request copied by scs LoadAndSave`
	if err != nil {
		return
	}
}

func main() {
	mux := http.NewServeMux()
	mux.HandleFunc("/avatar", avatar)
	http.Handle("/profile", sessionManager.LoadAndSave(http.HandlerFunc(profile)))
	http.ListenAndServe(":4000", sessionManager.LoadAndSave(mux))
}
