package handler_via_gorilla_mux

import (
	"net/http"

	"github.com/gorilla/mux"
)

var likes = map[string]int{}

func like(w http.ResponseWriter, r *http.Request) {
	likes[mux.Vars(r)["post"]]++ // want `handler like writes package-level map likes`
}

func main() {
	r := mux.NewRouter()
	r.HandleFunc("/posts/{post}/like", like).Methods("POST")
	http.ListenAndServe(":8080", r)
}
